/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import MeetingControlsDialog from '../../../src/components/meeting/MeetingControlsDialog.vue'
import { OcsError } from '../../../src/api/ocs.ts'

const find = vi.hoisted(() => vi.fn())
vi.mock('../../../src/api/meetings.ts', () => ({ meetingsApi: { find } }))
vi.mock('../../../src/talk/client.ts', () => ({ talkClient: { getPeersInCall: vi.fn().mockResolvedValue([]) } }))

describe('MeetingControlsDialog (opened from Talk)', () => {
	beforeEach(() => {
		setActivePinia(createPinia())
		find.mockReset()
	})

	it('explains that a conversation without safe meeting controls has none', async () => {
		find.mockResolvedValue(null)
		const wrapper = mount(MeetingControlsDialog, { props: { token: 'plain000' }, attachTo: document.body })
		await flushPromises()
		expect(document.body.textContent).toContain('This conversation is not a safe meeting, or you do not moderate it.')
		wrapper.unmount()
	})

	it('says when the meeting could not be loaded', async () => {
		find.mockRejectedValue(new OcsError(0, 'network', ''))
		const wrapper = mount(MeetingControlsDialog, { props: { token: 'tok12345' }, attachTo: document.body })
		await flushPromises()
		expect(document.body.textContent).toContain('The safe meeting could not be loaded.')
		wrapper.unmount()
	})
})
