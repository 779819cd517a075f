/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { LockState, Meeting } from '../../../src/api/types.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import MeetingControls from '../../../src/components/meeting/MeetingControls.vue'
import { OcsError } from '../../../src/api/ocs.ts'
import { planMeeting } from '../../../src/policy/planMeeting.ts'
import { toRegisteredPlan } from '../../../src/services/createSafeMeeting.ts'
import { choices, effective, NOW } from '../policy/builders.ts'

const lockApi = vi.hoisted(() => ({ lock: vi.fn(), unlock: vi.fn(), end: vi.fn(), admit: vi.fn() }))
vi.mock('../../../src/api/lock.ts', () => ({ lockApi }))
const getPeersInCall = vi.hoisted(() => vi.fn())
vi.mock('../../../src/talk/client.ts', () => ({ talkClient: { getPeersInCall } }))

const OPEN: LockState = { locked: false, lockedAt: null, lockedBy: null, reason: null, refusedJoins: 0, callStartedAt: null }
const LOCKED: LockState = { ...OPEN, locked: true, lockedAt: NOW, lockedBy: 'alice', reason: 'moderator' }

function meeting(lock: LockState = OPEN, autoLock: 'off' | 'when-all-joined' | 'minutes-after-start' = 'off'): Meeting {
	const result = planMeeting(effective(), choices({ guestLink: true, password: 'x'.repeat(20), settings: { autoLock } }), NOW)
	if (!result.ok) { throw new Error('plan') }
	return { id: 1, token: 'tok12345', owner: 'alice', createdAt: 1, plan: toRegisteredPlan(result.plan), lock } as Meeting
}

const button = (wrapper: ReturnType<typeof mount>, text: string) => wrapper.findAll('button').find((b) => b.text() === text)

describe('MeetingControls', () => {
	beforeEach(() => {
		setActivePinia(createPinia())
		vi.clearAllMocks()
		getPeersInCall.mockResolvedValue([
			{ actorType: 'users', actorId: 'alice', displayName: 'Alice', sessionId: 's1', lastPing: NOW, token: 'tok12345' },
			{ actorType: 'users', actorId: 'alice', displayName: 'Alice', sessionId: 's2', lastPing: NOW, token: 'tok12345' },
			{ actorType: 'guests', actorId: 'g', displayName: 'Gina (guest)', sessionId: 's3', lastPing: NOW, token: 'tok12345' },
		])
	})

	it('shows the lock state, the auto-lock, the refusals and who is in the call', async () => {
		const wrapper = mount(MeetingControls, { props: { meeting: meeting({ ...LOCKED, refusedJoins: 3 }, 'when-all-joined'), peersAtOnce: true } })
		await flushPromises()
		expect(wrapper.find('[data-locked="true"]').text()).toContain('Locked by alice at')
		expect(wrapper.text()).toContain('Auto-lock: when everyone invited has joined.')
		expect(wrapper.text()).toContain('3 join attempts were refused.')
		expect(wrapper.findAll('.people-in-call__list li').map((li) => li.text())).toEqual(['Alice', 'Gina (guest)'])
		expect(button(wrapper, 'Unlock')).toBeDefined()
	})

	it('locks the meeting and then offers to unlock it', async () => {
		lockApi.lock.mockResolvedValue(LOCKED)
		const wrapper = mount(MeetingControls, { props: { meeting: meeting(), peersAtOnce: true } })
		await flushPromises()
		expect(wrapper.text()).toContain('Open: newcomers can join.')

		await button(wrapper, 'Lock meeting')!.trigger('click')
		await flushPromises()

		expect(lockApi.lock).toHaveBeenCalledWith('tok12345')
		expect(wrapper.find('[data-locked="true"]').exists()).toBe(true)
		expect(wrapper.find('[role="status"]').text()).toBe('The meeting is locked. Everyone in it stays.')
		expect(getPeersInCall).toHaveBeenCalledTimes(2)
	})

	it('shows the server\'s reason when an action fails and keeps the state', async () => {
		lockApi.unlock.mockRejectedValue(new OcsError(403, '', 'Only moderators of this meeting can do this.'))
		const wrapper = mount(MeetingControls, { props: { meeting: meeting(LOCKED) } })
		await flushPromises()

		await button(wrapper, 'Unlock')!.trigger('click')
		await flushPromises()

		expect(wrapper.text()).toContain('Only moderators of this meeting can do this.')
		expect(wrapper.find('[data-locked="true"]').exists()).toBe(true)
	})

	it('ends the meeting only after confirmation', async () => {
		lockApi.end.mockResolvedValue({ ...LOCKED, reason: 'ended' })
		const wrapper = mount(MeetingControls, { props: { meeting: meeting() }, attachTo: document.body })
		await flushPromises()

		await button(wrapper, 'End meeting')!.trigger('click')
		// The confirmation loads on demand.
		await vi.waitFor(() => expect(document.body.textContent).toContain('End the call for everyone?'), { timeout: 10_000 })
		expect(lockApi.end).not.toHaveBeenCalled()
		const confirm = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'End call for everyone')
		confirm!.click()
		await flushPromises()

		expect(lockApi.end).toHaveBeenCalledWith('tok12345')
		expect(wrapper.text()).toContain('Call ended and locked at')
		wrapper.unmount()
	})

	it.each([
		['carol', { userId: 'carol' }],
		['@carol', { userId: 'carol' }],
		[' dave@example.com ', { email: 'dave@example.com' }],
	])('admits %s as %o and clears the field', async (typed, who) => {
		lockApi.admit.mockResolvedValue('Carol')
		const wrapper = mount(MeetingControls, { props: { meeting: meeting(LOCKED) } })
		await flushPromises()

		await wrapper.find('input').setValue(typed)
		await wrapper.find('form').trigger('submit')
		await flushPromises()

		expect(lockApi.admit).toHaveBeenCalledWith('tok12345', who)
		expect((wrapper.find('input').element as HTMLInputElement).value).toBe('')
		expect(wrapper.find('[role="status"]').text()).toBe('Carol was admitted and can join now.')
	})

	it('keeps what was typed when nobody could be admitted', async () => {
		lockApi.admit.mockRejectedValue(new OcsError(400, '', 'There is no user with that name, and it is not an e-mail address.'))
		const wrapper = mount(MeetingControls, { props: { meeting: meeting(LOCKED) } })
		await flushPromises()

		await wrapper.find('input').setValue('nobody')
		await wrapper.find('form').trigger('submit')
		await flushPromises()

		expect((wrapper.find('input').element as HTMLInputElement).value).toBe('nobody')
		expect(wrapper.text()).toContain('There is no user with that name')
	})

	it('says so when Talk cannot tell who is in the call', async () => {
		getPeersInCall.mockRejectedValue(new OcsError(404, '', ''))
		const wrapper = mount(MeetingControls, { props: { meeting: meeting(), peersAtOnce: true } })
		await flushPromises()
		expect(wrapper.text()).toContain('Who is in the call could not be read from Talk.')
	})

	it('on the list, asks Talk who is in the call only when the moderator wants to see it', async () => {
		lockApi.lock.mockResolvedValue(LOCKED)
		lockApi.unlock.mockResolvedValue(OPEN)
		const wrapper = mount(MeetingControls, { props: { meeting: meeting() } })
		await flushPromises()
		await button(wrapper, 'Lock meeting')!.trigger('click')
		await flushPromises()
		expect(getPeersInCall).not.toHaveBeenCalled()

		await button(wrapper, 'Show who is in the call')!.trigger('click')
		await flushPromises()

		expect(getPeersInCall).toHaveBeenCalledExactlyOnceWith('tok12345')
		expect(wrapper.findAll('.people-in-call__list li').map((li) => li.text())).toEqual(['Alice', 'Gina (guest)'])
		expect(button(wrapper, 'Show who is in the call')).toBeUndefined()
		await button(wrapper, 'Unlock')!.trigger('click')
		await flushPromises()
		// Shown now, so it is read again after an action.
		expect(getPeersInCall).toHaveBeenCalledTimes(2)
	})
})
