/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ListedMeeting, MeetingStatus } from '../../../src/api/types.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import MeetingList from '../../../src/views/MeetingList.vue'
import { OcsError } from '../../../src/api/ocs.ts'
import { planMeeting } from '../../../src/policy/planMeeting.ts'
import { toRegisteredPlan } from '../../../src/services/createSafeMeeting.ts'
import { useMeetingsStore } from '../../../src/stores/meetings.ts'
import { choices, effective } from '../policy/builders.ts'

const api = vi.hoisted(() => ({ list: vi.fn(), remove: vi.fn(), register: vi.fn() }))
vi.mock('../../../src/api/meetings.ts', () => ({ meetingsApi: api }))
// A running meeting shows its moderator controls, which ask Talk who is in the call.
const getPeersInCall = vi.hoisted(() => vi.fn().mockResolvedValue([]))
vi.mock('../../../src/talk/client.ts', () => ({ talkClient: { getPeersInCall } }))

const now = Math.floor(Date.now() / 1000)
const COMPLIANT: MeetingStatus = { room: 'present', moderator: true, participants: 3, guestLink: true, lobby: true, callActive: false, findings: [] }

function listed(token: string, title: string, start: number, status: Partial<MeetingStatus> = {}): ListedMeeting {
	const result = planMeeting(effective(), choices({ title, guestLink: true, password: 'x'.repeat(20), start, end: start + 3600 }), Math.min(now, start))
	if (!result.ok) {
		throw new Error(JSON.stringify(result.violations))
	}
	const lock = { locked: false, lockedAt: null, lockedBy: null, reason: null, refusedJoins: 0, callStartedAt: null }
	return { id: 1, token, owner: 'alice', createdAt: 1, plan: toRegisteredPlan(result.plan), lock, status: { ...COMPLIANT, ...status } }
}

/** What the page delivers as initial state, as Nextcloud's IInitialState does. */
function deliverInitialState(value: unknown) {
	const input = document.createElement('input')
	input.type = 'hidden'
	input.id = 'initial-state-safe_meeting-meetings'
	input.value = btoa(JSON.stringify(value))
	document.body.appendChild(input)
}

describe('MeetingList', () => {
	beforeEach(() => {
		setActivePinia(createPinia())
		vi.clearAllMocks()
	})
	afterEach(() => {
		document.getElementById('initial-state-safe_meeting-meetings')?.remove()
		// @nextcloud/initial-state remembers what it read.
		const remembered = (window as { _nc_initial_state?: Map<string, unknown> })._nc_initial_state
		remembered?.clear()
	})

	it('shows the first page from the initial state without any request', async () => {
		deliverInitialState({ meetings: [listed('tok11111', 'R&D <weekly>', now + 3600)], nextCursor: null, now: Math.floor(Date.now() / 1000) })
		const wrapper = mount(MeetingList)
		await flushPromises()
		expect(api.list).not.toHaveBeenCalled()
		expect(wrapper.get('h4.meeting__title').text()).toBe('R&D <weekly>')
		expect(wrapper.get('[data-fact="participants"]').text()).toBe('3 participants')
		expect(wrapper.get('a[href="/index.php/call/tok11111"]').attributes('aria-label')).toBe('Open in Talk: R&D <weekly>')
	})

	it('asks once for the first page when the page did not deliver it, and shows an empty state', async () => {
		api.list.mockResolvedValue({ meetings: [], nextCursor: null, now: Math.floor(Date.now() / 1000) })
		const wrapper = mount(MeetingList)
		await flushPromises()
		expect(api.list).toHaveBeenCalledOnce()
		expect(wrapper.text()).toContain('No safe meetings yet')
	})

	it('shows an error with a retry when the list cannot be loaded', async () => {
		api.list.mockRejectedValueOnce(new OcsError(500, '', '')).mockResolvedValueOnce({ meetings: [], nextCursor: null, now: Math.floor(Date.now() / 1000) })
		const wrapper = mount(MeetingList)
		await flushPromises()
		expect(wrapper.text()).toContain('could not be loaded')
		await wrapper.findAll('button').find((b) => b.text() === 'Try again')!.trigger('click')
		await flushPromises()
		expect(wrapper.text()).toContain('No safe meetings yet')
	})

	it('groups meetings into running, upcoming and past, in that order', async () => {
		deliverInitialState({
			meetings: [
				listed('past1111', 'Last week', now - 7 * 86400),
				listed('soon2222', 'Tomorrow', now + 86400),
				listed('call3333', 'Call started early', now + 1800, { callActive: true }),
				listed('next4444', 'In an hour', now + 3600),
			],
			nextCursor: null,
			now,
		})
		const wrapper = mount(MeetingList)
		const sections = wrapper.findAll('section.meetings__group').map((section) => [section.get('h3').text(), section.findAll('h4.meeting__title').map((h) => h.text())])
		// Only the running meeting loads its moderator controls (on demand), which ask Talk nothing until asked.
		await vi.waitFor(() => expect(wrapper.findAll('.meeting-controls')).toHaveLength(1), { timeout: 10_000 })
		await flushPromises()
		expect(getPeersInCall).not.toHaveBeenCalled()
		expect(sections).toEqual([
			['Running now', ['Call started early']],
			['Upcoming', ['In an hour', 'Tomorrow']],
			['Past', ['Last week']],
		])
	})

	it('tells running from upcoming by the server\'s clock', async () => {
		const start = now + 7200
		deliverInitialState({ meetings: [listed('tok11111', 'Board meeting', start)], nextCursor: null, now: start + 60 })
		const wrapper = mount(MeetingList)
		expect(wrapper.get('section.meetings__group h3').text()).toBe('Running now')
	})

	it('says when chat messages and the conversation are deleted', async () => {
		const meeting = listed('tok11111', 'Board meeting', now + 3600)
		deliverInitialState({ meetings: [meeting], nextCursor: null, now: Math.floor(Date.now() / 1000) })
		const wrapper = mount(MeetingList)
		expect(wrapper.get('[data-fact="chat"]').text()).toBe('Deleted 1 week after they are sent')
		expect(wrapper.get('[data-fact="files"]').text()).toBe('Deleted 30 days after sharing')
		const deletion = new Date((meeting.plan.end + 30 * 86400) * 1000)
		expect(wrapper.get('[data-fact="deletion"]').text()).toContain(String(deletion.getFullYear()))
	})

	it('lists what the server found wrong with the room, what Talk shows and what only the server sees', async () => {
		const findings = [
			{ field: 'room', code: 'password', message: 'The public conversation has no password.' },
			{ field: 'room', code: 'lobby-bypass', message: 'Participants may skip the lobby.' },
		]
		deliverInitialState({ meetings: [listed('tok11111', 'Board meeting', now + 3600, { findings })], nextCursor: null, now: Math.floor(Date.now() / 1000) })
		const wrapper = mount(MeetingList)
		expect(wrapper.get('[data-state="findings"]').text()).toContain('Not compliant')
		expect(wrapper.findAll('.meeting__findings li').map((li) => li.text())).toEqual(['The public conversation has no password.', 'Participants may skip the lobby.'])
	})

	it('gives a creator Talk no longer counts as moderator no moderator actions, and one who left no link into Talk', async () => {
		deliverInitialState({
			meetings: [
				listed('demo1111', 'Demoted', now - 600, { moderator: false, callActive: true }),
				listed('left2222', 'Left', now + 3600, { room: 'left', moderator: false, participants: 0 }),
				listed('mine3333', 'Still mine', now + 7200),
			],
			nextCursor: null,
			now,
		})
		const wrapper = mount(MeetingList)
		await flushPromises()
		const entry = (token: string) => wrapper.get(`article[data-token="${token}"]`)
		expect(entry('demo1111').find('.meeting-controls').exists()).toBe(false)
		expect(entry('demo1111').find('.retention').exists()).toBe(false)
		expect(entry('demo1111').get('[data-fact="lock"]').text()).toBe('Open')
		expect(entry('demo1111').get('[data-fact="not-moderator"]').text()).toContain('You no longer moderate this conversation')
		expect(entry('demo1111').find('a[href="/index.php/call/demo1111"]').exists()).toBe(true)
		expect(entry('left2222').find('a[href*="/call/"]').exists()).toBe(false)
		expect(entry('left2222').find('button[aria-label^="Remove from list"]').exists()).toBe(false)
		expect(entry('mine3333').find('[data-fact="not-moderator"]').exists()).toBe(false)
		expect(entry('mine3333').find('.retention').exists()).toBe(true)
	})

	it('offers to remove the entry of a deleted conversation, and removes it', async () => {
		deliverInitialState({ meetings: [listed('gone1111', 'Old meeting', now - 86400, { room: 'missing', participants: 0 })], nextCursor: null, now: Math.floor(Date.now() / 1000) })
		api.remove.mockResolvedValue(undefined)
		const wrapper = mount(MeetingList)
		expect(wrapper.get('[data-state="room-missing"]').text()).toContain('no longer exists')
		expect(wrapper.find('a[href*="/call/"]').exists()).toBe(false)
		await wrapper.get('button[aria-label="Remove from list: Old meeting"]').trigger('click')
		await flushPromises()
		expect(api.remove).toHaveBeenCalledWith('gone1111')
		expect(wrapper.text()).toContain('No safe meetings yet')
	})

	it('keeps the entry and says why when the server refuses to remove it', async () => {
		deliverInitialState({ meetings: [listed('gone1111', 'Old meeting', now - 86400, { room: 'missing' })], nextCursor: null, now: Math.floor(Date.now() / 1000) })
		api.remove.mockRejectedValue(new OcsError(409, '', 'The conversation still exists.'))
		const wrapper = mount(MeetingList)
		await wrapper.get('button[aria-label="Remove from list: Old meeting"]').trigger('click')
		await flushPromises()
		expect(wrapper.text()).toContain('The conversation still exists.')
		expect(wrapper.findAll('h4.meeting__title')).toHaveLength(1)
	})

	it('loads further pages on demand, one request each', async () => {
		deliverInitialState({ meetings: [listed('tok11111', 'First', now + 3600)], nextCursor: '1.1.5.1', now: Math.floor(Date.now() / 1000) })
		api.list.mockResolvedValue({ meetings: [listed('tok22222', 'Second', now + 7200)], nextCursor: null, now: Math.floor(Date.now() / 1000) })
		const wrapper = mount(MeetingList)
		await wrapper.findAll('button').find((b) => b.text() === 'Show more meetings')!.trigger('click')
		await flushPromises()
		expect(api.list).toHaveBeenCalledExactlyOnceWith('1.1.5.1')
		expect(wrapper.findAll('h4.meeting__title').map((h) => h.text())).toEqual(['First', 'Second'])
		expect(wrapper.findAll('button').some((b) => b.text() === 'Show more meetings')).toBe(false)
	})

	it('shows a failed reload as an error, not as an empty list', async () => {
		deliverInitialState({ meetings: [], nextCursor: null, now })
		api.list.mockRejectedValue(new OcsError(500, '', ''))
		const wrapper = mount(MeetingList)
		await useMeetingsStore().load()
		await flushPromises()
		expect(wrapper.text()).toContain('could not be loaded')
		expect(wrapper.text()).not.toContain('No safe meetings yet')
	})

	it('shows of a deleted conversation only its title, dates, that it is gone and Remove', async () => {
		deliverInitialState({ meetings: [listed('gone1111', 'Old meeting', now + 86400, { room: 'missing', moderator: false, participants: 0 })], nextCursor: null, now })
		const wrapper = mount(MeetingList)
		const entry = wrapper.get('article[data-token="gone1111"]')
		expect(entry.get('h4').text()).toBe('Old meeting')
		expect(entry.get('.meeting__when').text()).toMatch(/\d.*–.*\d/)
		expect(entry.find('.meeting__phase').exists()).toBe(false)
		expect(entry.findAll('[data-fact]')).toHaveLength(0)
		expect(entry.text()).not.toContain('Conversation deleted on')
		expect(entry.get('[data-state="room-missing"]').text()).toBe('The conversation no longer exists')
		expect(entry.find('button[aria-label="Remove from list: Old meeting"]').exists()).toBe(true)
	})

	it('moves keyboard focus to the next entry after removing one, and to the list heading after the last', async () => {
		deliverInitialState({
			meetings: [
				listed('gone1111', 'First gone', now + 3600, { room: 'missing' }),
				listed('gone2222', 'Second gone', now + 7200, { room: 'missing' }),
			],
			nextCursor: null,
			now,
		})
		api.remove.mockResolvedValue(undefined)
		const wrapper = mount(MeetingList, { attachTo: document.body })
		await wrapper.get('button[aria-label="Remove from list: First gone"]').trigger('click')
		await flushPromises()
		expect(document.activeElement?.textContent?.trim()).toBe('Second gone')
		await wrapper.get('button[aria-label="Remove from list: Second gone"]').trigger('click')
		await flushPromises()
		expect(document.activeElement?.tagName).toBe('H2')
		expect(document.activeElement?.textContent?.trim()).toBe('My safe meetings')
		wrapper.unmount()
	})

	it('still shows every meeting with "Show more meetings" after an entry was removed', async () => {
		deliverInitialState({
			meetings: [listed('gone1111', 'Gone', now + 3600, { room: 'missing' }), listed('tok22222', 'Second', now + 7200)],
			nextCursor: '1.1.2.2',
			now,
		})
		api.remove.mockResolvedValue(undefined)
		api.list.mockResolvedValue({ meetings: [listed('tok33333', 'Third', now + 10800)], nextCursor: null, now })
		const wrapper = mount(MeetingList)
		await wrapper.get('button[aria-label="Remove from list: Gone"]').trigger('click')
		await flushPromises()
		await wrapper.findAll('button').find((b) => b.text() === 'Show more meetings')!.trigger('click')
		await flushPromises()
		// The cursor is where the page ended, not a count the removal would have made wrong.
		expect(api.list).toHaveBeenCalledExactlyOnceWith('1.1.2.2')
		expect(wrapper.findAll('h4.meeting__title').map((h) => h.text())).toEqual(['Second', 'Third'])
	})
})
