/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { VueWrapper } from '@vue/test-utils'
import type { Meeting, RetentionPreview } from '../../../src/api/types.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import RetentionPanel from '../../../src/components/meeting/RetentionPanel.vue'
import { OcsError } from '../../../src/api/ocs.ts'
import { planMeeting } from '../../../src/policy/planMeeting.ts'
import { toRegisteredPlan } from '../../../src/services/createSafeMeeting.ts'
import { formatDateTime } from '../../../src/utils/formatDateTime.ts'
import { choices, effective } from '../policy/builders.ts'

const api = vi.hoisted(() => ({ preview: vi.fn(), purge: vi.fn() }))
vi.mock('../../../src/api/retention.ts', () => ({ retentionApi: api }))
const showSuccess = vi.hoisted(() => vi.fn())
vi.mock('../../../src/services/toast.ts', () => ({ showSuccessToast: showSuccess }))

const DAY = 86400
const start = 1_900_000_000
const result = planMeeting(effective(), choices({ start, end: start + 3600 }), start - DAY)
if (!result.ok) {
	throw new Error('plan')
}
const plan = toRegisteredPlan(result.plan)
const meeting: Meeting = {
	id: 1,
	token: 'tok12345',
	owner: 'alice',
	createdAt: 1,
	plan: { ...plan, settings: { ...plan.settings, chatExpiry: 86400, fileRetentionDays: 30, meetingRetentionDays: 90 } },
	lock: { locked: false, lockedAt: null, lockedBy: null, reason: null, refusedJoins: 0, callStartedAt: null },
}

const preview: RetentionPreview = {
	token: 'tok12345',
	fileRetentionDays: 30,
	meetingRetentionDays: 90,
	chat: { messageExpiration: 86400, lastActivity: start + 600, lastMessageGoneAt: start + 600 + DAY },
	items: [
		{ kind: 'share', id: 'ocRoomShare:7', name: 'agenda.pdf', since: start, dueAt: start + 30 * DAY, action: 'delete', reason: null },
		{ kind: 'share', id: 'ocRoomShare:8', name: 'report.pdf', since: start, dueAt: start + 30 * DAY, action: 'unshare', reason: 'outside-talk-folder' },
		{ kind: 'conversation', id: 'tok12345', name: 'Board meeting', since: start + 3600, dueAt: start + 3600 + 90 * DAY, action: 'delete', reason: null },
	],
}

let wrapper: VueWrapper | null = null

function mountPanel(with_: Meeting = meeting): VueWrapper {
	wrapper = mount(RetentionPanel, { props: { meeting: with_ }, attachTo: document.body })
	return wrapper
}

function button(w: VueWrapper, text: string) {
	const found = w.findAll('button').find((b) => b.text() === text)
	if (!found) {
		throw new Error(`no button ${text}`)
	}
	return found
}
const dialogButton = (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)
/** "Purge now", then the confirmation, which loads on demand. */
async function askToPurge(w: VueWrapper): Promise<void> {
	await button(w, 'Purge now').trigger('click')
	await vi.waitFor(() => expect(dialogButton('Delete now')).toBeDefined(), { timeout: 10_000 })
}

describe('RetentionPanel', () => {
	beforeEach(() => {
		setActivePinia(createPinia())
		vi.clearAllMocks()
	})
	afterEach(() => {
		wrapper?.unmount()
		wrapper = null
	})

	it('says plainly that chat expiry counts from each message, and when files and the conversation go', () => {
		const w = mountPanel()
		expect(w.get('[data-retention="chat"]').text()).toBe('Each chat message is deleted 1 day after it was posted: the time counts from each message, not from the meeting.')
		expect(w.get('[data-retention="files"]').text()).toContain('Files shared in the chat are removed 30 days after they were shared.')
		expect(w.get('[data-retention="files"]').text()).toContain(`On ${formatDateTime(start + 3600 + 90 * DAY)} the conversation is deleted`)
		expect(api.preview).not.toHaveBeenCalled()
	})

	it('says when chat messages never expire', () => {
		const w = mountPanel({ ...meeting, plan: { ...meeting.plan, settings: { ...meeting.plan.settings, chatExpiry: 0 } } })
		expect(w.get('[data-retention="chat"]').text()).toBe('Chat messages are not deleted automatically.')
	})

	it('lists what goes when, and when the last message will be gone', async () => {
		api.preview.mockResolvedValue(preview)
		const w = mountPanel()

		await button(w, 'Show what will be deleted').trigger('click')
		await flushPromises()

		expect(api.preview).toHaveBeenCalledWith('tok12345')
		expect(w.get('[data-retention="chat"]').text()).toContain(`The last message so far will be gone by ${formatDateTime(start + 600 + DAY)}.`)
		const items = w.findAll('li[data-kind]')
		expect(items.map((li) => li.attributes('data-action'))).toEqual(['delete', 'unshare', 'delete'])
		expect(items[0]!.text()).toContain(`agenda.pdf, on ${formatDateTime(start + 30 * DAY)}`)
		expect(items[0]!.text()).toContain('deleted from the chat and from its owner\'s Talk folder')
		expect(items[1]!.text()).toContain('Not in the Talk folder (shared from elsewhere or moved since): the file stays.')
		expect(button(w, 'Hide what will be deleted').attributes('aria-expanded')).toBe('true')
	})

	it('explains a file whose share already expired with the chat', async () => {
		api.preview.mockResolvedValue({ ...preview, items: [{ kind: 'file', id: '9', name: 'old.pdf', since: start, dueAt: start + 30 * DAY, action: 'keep', reason: 'shared-elsewhere' }, preview.items[2]!] })
		const w = mountPanel()
		await button(w, 'Show what will be deleted').trigger('click')
		await flushPromises()
		expect(w.get('li[data-kind="file"]').text()).toContain('old.pdf')
		expect(w.get('li[data-kind="file"]').text()).toContain('No longer in the chat. Also shared elsewhere: the file stays.')
		expect(w.text()).not.toContain('Nothing is shared in the chat yet.')
	})

	it('shows why the preview failed and tries again', async () => {
		api.preview.mockRejectedValueOnce(new OcsError(403, '', 'Only a moderator of the conversation can see what retention deletes.')).mockResolvedValueOnce(preview)
		const w = mountPanel()
		await button(w, 'Show what will be deleted').trigger('click')
		await flushPromises()
		expect(w.text()).toContain('Only a moderator of the conversation can see what retention deletes.')

		await button(w, 'Try again').trigger('click')
		await flushPromises()
		expect(w.findAll('li[data-kind]')).toHaveLength(3)
	})

	it('asks before purging, lists what will go, and purges only on confirmation', async () => {
		api.preview.mockResolvedValue(preview)
		api.purge.mockResolvedValue({ deleted: 4, kept: 1, purged: true })
		const w = mountPanel()
		await button(w, 'Show what will be deleted').trigger('click')
		await flushPromises()

		await askToPurge(w)
		expect(document.body.textContent).toContain('This deletes now, for everyone, and cannot be undone:')
		dialogButton('Cancel')!.click()
		await flushPromises()
		expect(api.purge).not.toHaveBeenCalled()

		await askToPurge(w)
		dialogButton('Delete now')!.click()
		await flushPromises()

		expect(api.purge).toHaveBeenCalledWith('tok12345')
		expect(showSuccess).toHaveBeenCalledWith(expect.stringContaining('was purged'))
		expect(w.emitted('purged')).toEqual([['tok12345']])
	})

	it('keeps the confirmation open when asked again right after cancelling', async () => {
		api.preview.mockResolvedValue(preview)
		const w = mountPanel()
		await button(w, 'Show what will be deleted').trigger('click')
		await flushPromises()
		// Loaded once with real timers; from then on the dialog opens at once.
		await askToPurge(w)
		dialogButton('Cancel')!.click()
		await vi.waitFor(() => expect(dialogButton('Delete now')).toBeUndefined(), { timeout: 10_000 })
		vi.useFakeTimers()
		try {
			await button(w, 'Purge now').trigger('click')
			await flushPromises()
			dialogButton('Cancel')!.click()
			await flushPromises()
			// The dialog finishes closing 300 ms after the click; asking again before must not be undone by it.
			await button(w, 'Purge now').trigger('click')
			await flushPromises()
			vi.advanceTimersByTime(1000)
			await flushPromises()
			expect(dialogButton('Delete now')).toBeDefined()
		} finally {
			vi.useRealTimers()
		}
	})

	it('says what went wrong when the purge fails and shows what is left', async () => {
		api.preview.mockResolvedValue(preview)
		api.purge.mockRejectedValue(new OcsError(500, '', 'Some items could not be deleted. The conversation is kept, and the next retention run tries again.'))
		const w = mountPanel()
		await button(w, 'Show what will be deleted').trigger('click')
		await flushPromises()
		await askToPurge(w)
		dialogButton('Delete now')!.click()
		await flushPromises()

		expect(w.get('[role="alert"]').text()).toContain('Some items could not be deleted.')
		expect(api.preview).toHaveBeenCalledTimes(2)
		expect(w.emitted('purged')).toBeUndefined()
	})
})
