/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import MeetingList from '../../../src/views/MeetingList.vue'
import { OcsError } from '../../../src/api/ocs.ts'
import { planMeeting } from '../../../src/policy/planMeeting.ts'
import { toRegisteredPlan } from '../../../src/services/createSafeMeeting.ts'
import { choices, effective } from '../policy/builders.ts'

const getRoom = vi.hoisted(() => vi.fn())
vi.mock('../../../src/talk/client.ts', () => ({ talkClient: { getRoom } }))
const list = vi.hoisted(() => vi.fn())
vi.mock('../../../src/api/meetings.ts', () => ({ meetingsApi: { list, register: vi.fn() } }))

const now = Math.floor(Date.now() / 1000)
const result = planMeeting(effective(), choices({ guestLink: true, password: 'x'.repeat(20), start: now + 3600, end: now + 7200 }), now)
if (!result.ok) { throw new Error('plan') }
const plan = toRegisteredPlan(result.plan)
const meeting = { id: 1, token: 'tok12345', owner: 'alice', createdAt: 1, plan, findings: [] }
const room = { token: 'tok12345', type: 3, hasPassword: true, listable: 0, lobbyState: 1, lobbyTimer: 0, messageExpiration: plan.talk.messageExpiration, sipEnabled: 0, callRecording: 0, description: plan.description }

describe('MeetingList', () => {
	beforeEach(() => {
		setActivePinia(createPinia())
		vi.clearAllMocks()
	})

	it('shows an empty state when there are no meetings', async () => {
		list.mockResolvedValue([])
		const wrapper = mount(MeetingList)
		await flushPromises()
		expect(wrapper.text()).toContain('No safe meetings yet')
	})

	it('shows an error with a retry when the list cannot be loaded', async () => {
		list.mockRejectedValueOnce(new OcsError(500, '', '')).mockResolvedValueOnce([])
		const wrapper = mount(MeetingList)
		await flushPromises()
		expect(wrapper.text()).toContain('could not be loaded')
		await wrapper.findAll('button').find((b) => b.text() === 'Try again')!.trigger('click')
		await flushPromises()
		expect(wrapper.text()).toContain('No safe meetings yet')
	})

	it('shows a compliant meeting with its guest link and Talk link', async () => {
		list.mockResolvedValue([meeting])
		getRoom.mockResolvedValue(room)
		const wrapper = mount(MeetingList)
		await flushPromises()
		expect(wrapper.find('[data-state="compliant"]').text()).toContain('Compliant')
		expect(wrapper.text()).toContain('/apps/safe_meeting/m/tok12345')
		expect(wrapper.text()).toContain('Board meeting')
	})

	it('lists what is wrong with a weakened room', async () => {
		list.mockResolvedValue([meeting])
		getRoom.mockResolvedValue({ ...room, hasPassword: false, listable: 2 })
		const wrapper = mount(MeetingList)
		await flushPromises()
		expect(wrapper.find('[data-state="findings"]').exists()).toBe(true)
		expect(wrapper.text()).toContain('The guest link has no password.')
		expect(wrapper.text()).toContain('listed for other users')
	})

	it('shows what the server found although the room looks fine to the browser', async () => {
		const lobbyBypass = { field: 'room', code: 'lobby-bypass', message: 'Participants may skip the lobby.' }
		list.mockResolvedValue([{ ...meeting, findings: [lobbyBypass] }])
		getRoom.mockResolvedValue(room)
		const wrapper = mount(MeetingList)
		await flushPromises()
		expect(wrapper.find('[data-state="findings"]').text()).toContain('Not compliant')
		expect(wrapper.find('.meetings__findings').text()).toContain('Participants may skip the lobby.')
	})

	it('does not repeat a finding the browser already made', async () => {
		const sameAsBrowser = { field: 'room', code: 'listable', message: 'Server: the conversation is listed.' }
		list.mockResolvedValue([{ ...meeting, findings: [sameAsBrowser] }])
		getRoom.mockResolvedValue({ ...room, listable: 2 })
		const wrapper = mount(MeetingList)
		await flushPromises()
		const items = wrapper.findAll('.meetings__findings li').map((li) => li.text())
		expect(items).toHaveLength(1)
		expect(items[0]).toContain('listed for other users')
	})

	it('says when the Talk conversation is gone', async () => {
		list.mockResolvedValue([meeting])
		getRoom.mockRejectedValue(new OcsError(404, '', ''))
		const wrapper = mount(MeetingList)
		await flushPromises()
		expect(wrapper.find('[data-state="room-missing"]').text()).toContain('no longer exists')
	})
})
