/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The wizard's calendar step: it runs after the meeting exists and the draft is gone, invites the
 * conversation's users only, and a failure there only warns.
 */
import type { fakeBackend } from '../services/fakeTalk.ts'

import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { TALK_OPENAPI_PATH } from '../../../sandbox/config.ts'
import { OpenApiValidator } from '../../../sandbox/openapiValidator.ts'
import { OcsError } from '../../../src/api/ocs.ts'
import { useWizardStore } from '../../../src/stores/wizard.ts'
import { loadDraft, saveDraft } from '../../../src/stores/wizardDraft.ts'
import { TEST_CAPABILITIES } from '../setup.ts'

const holder = vi.hoisted(() => ({ backend: null as unknown as ReturnType<typeof fakeBackend> }))
vi.mock('../../../src/talk/client.ts', () => ({ talkClient: new Proxy({}, { get: (_target, key) => holder.backend.talk[key as keyof typeof holder.backend.talk] }) }))
vi.mock('../../../src/api/meetings.ts', () => ({ meetingsApi: new Proxy({}, { get: (_target, key) => holder.backend.meetings[key as keyof typeof holder.backend.meetings] }) }))
vi.mock('@nextcloud/auth', () => ({ getCurrentUser: () => ({ uid: 'alice', displayName: 'Alice', isAdmin: false }) }))
vi.mock('@nextcloud/capabilities', () => ({ getCapabilities: () => ({ ...TEST_CAPABILITIES, spreed: { features: [...TEST_CAPABILITIES.spreed.features, 'schedule-meeting'] } }) }))

const contract = new OpenApiValidator('talk', TALK_OPENAPI_PATH)

/** Problems of a schedule-meeting request with this body, by Talk's contract. */
function scheduleProblems(token: string, body: unknown): string[] {
	const matched = contract.match('POST', `/ocs/v2.php/apps/spreed/api/v4/room/${token}/meeting`)!
	return contract.validateRequest(matched.operation, { pathParams: matched.pathParams, query: {}, headers: { 'ocs-apirequest': 'true' }, body })
}

/** A complete draft in the store and the tab's storage, with the first writable calendar chosen. */
async function readyWizard(users: string[], emails: string[], start = Math.floor(Date.now() / 1000) + 3600) {
	const wizard = useWizardStore()
	Object.assign(wizard.choices, { title: 'Board meeting', start, end: start + 3600, users, emails })
	await wizard.ensurePassword()
	wizard.calendarUri = 'personal'
	saveDraft({ step: 'review', choices: wizard.choices, userLabels: {}, pendingEmail: '' })
	expect(loadDraft()).not.toBeNull()
	return wizard
}

describe('the wizard\'s calendar step', () => {
	beforeEach(async () => {
		const { fakeBackend } = await import('../services/fakeTalk.ts')
		holder.backend = fakeBackend()
		window.sessionStorage.clear()
		setActivePinia(createPinia())
	})

	it('runs once the meeting exists and the draft is gone, and invites the users but not the organiser or the guests', async () => {
		const wizard = await readyWizard(['bob', 'carol'], ['guest@example.org'])
		const seen: unknown[] = []
		const schedule = holder.backend.talk.scheduleMeeting
		holder.backend.talk.scheduleMeeting = async (token, body) => {
			seen.push({ draft: loadDraft(), created: wizard.created?.token, creating: wizard.creating, step: wizard.creationStep, calendar: wizard.created?.calendar.state })
			return schedule(token, body)
		}

		expect(await wizard.create()).toBe(true)

		const token = wizard.created!.token
		expect(seen).toEqual([{ draft: null, created: token, creating: false, step: null, calendar: 'pending' }])
		const [{ token: scheduledIn, ...body }] = holder.backend.scheduled as [typeof holder.backend.scheduled[0]]
		expect(scheduledIn).toBe(token)
		// Attendee 1 is alice (the organiser), 2 bob, 3 carol, 4 the e-mail guest.
		expect(body.attendeeIds).toEqual([2, 3])
		expect(scheduleProblems(token, body)).toEqual([])
		expect(wizard.created!.calendar).toEqual({ state: 'added', calendar: 'personal', invitedUsers: 2 })
		expect(holder.backend.calls.filter((call) => call === 'getParticipants')).toHaveLength(1)
	})

	it('asks for no participant list without users, and puts the event into the organiser\'s calendar only', async () => {
		const wizard = await readyWizard([], ['guest@example.org'])
		expect(await wizard.create()).toBe(true)
		expect(holder.backend.calls).not.toContain('getParticipants')
		expect(holder.backend.scheduled.map((event) => event.attendeeIds)).toEqual([[]])
		expect(wizard.created!.calendar).toEqual({ state: 'added', calendar: 'personal', invitedUsers: 0 })
	})

	it.each([
		['Talk refuses the event', 'scheduleMeeting', new OcsError(400, 'email', ''), 'Your account has no e-mail address, which a calendar invitation needs. You can add one in your personal settings.'],
		['the participant list fails', 'getParticipants', new OcsError(500, '', ''), 'Talk had an internal error.'],
	])('keeps the meeting and only warns when %s', async (_name, method, error, reason) => {
		const wizard = await readyWizard(['bob'], [])
		holder.backend.failOnce(method, error)
		expect(await wizard.create()).toBe(true)
		expect(wizard.failure).toBeNull()
		expect(wizard.leftoverToken).toBeNull()
		expect(wizard.created!.calendar).toEqual({ state: 'failed', reason })
		expect(holder.backend.rooms.has(wizard.created!.token)).toBe(true)
		expect(holder.backend.registered).toHaveLength(1)
		expect(holder.backend.calls).not.toContain('deleteRoom')
		expect(loadDraft()).toBeNull()
	})

	it('never sends a meeting that starts now to the calendar, and says why', async () => {
		const wizard = await readyWizard(['bob'], [], Math.floor(Date.now() / 1000) - 30)
		expect(await wizard.create()).toBe(true)
		expect(holder.backend.calls).not.toContain('getParticipants')
		expect(holder.backend.scheduled).toEqual([])
		expect(wizard.created!.calendar).toEqual({ state: 'failed', reason: 'The meeting starts now, and Talk only puts meetings into a calendar before they start.' })
	})

	it('sends nothing to the calendar when none was chosen', async () => {
		const wizard = await readyWizard(['bob'], [])
		wizard.calendarUri = ''
		expect(await wizard.create()).toBe(true)
		expect(holder.backend.scheduled).toEqual([])
		expect(wizard.created!.calendar).toEqual({ state: 'skipped' })
	})

	it('says nothing about a password in the invitation of a meeting with users only', async () => {
		const wizard = await readyWizard(['bob'], [])
		expect(await wizard.create()).toBe(true)
		expect(wizard.created!.password).toBe('')
		expect(wizard.created!.invitation).not.toContain('password')
		expect(holder.backend.scheduled[0]!.description).toBe(wizard.created!.invitation)
	})
})
