import type { CheckableRoom } from '../../../src/policy/checkRoom.ts'
import type { MeetingPlan } from '../../../src/policy/plan.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { checkRoom } from '../../../src/policy/checkRoom.ts'
import { planMeeting } from '../../../src/policy/planMeeting.ts'
import { choices, effective, NOW } from './builders.ts'

function plan(overrides = {}): MeetingPlan {
	const result = planMeeting(effective(), choices({ guestLink: true, password: 'x'.repeat(20), ...overrides }), NOW)
	if (!result.ok) { throw new Error(JSON.stringify(result.violations)) }
	return result.plan
}

function roomFor(p: MeetingPlan, change: Partial<CheckableRoom> = {}): CheckableRoom {
	return { type: p.talk.roomType, hasPassword: true, listable: 0, lobbyState: 1, lobbyTimer: 0, messageExpiration: p.talk.messageExpiration, sipEnabled: 0, callRecording: 0, recordingConsent: 1, description: p.description, ...change }
}

describe('checkRoom', () => {
	it('finds nothing wrong with a room that matches its plan', () => {
		const p = plan()
		expect(checkRoom(p, roomFor(p), NOW)).toEqual([])
	})

	it.each([
		['password', { hasPassword: false }],
		['listable', { listable: 1 }],
		['lobby', { lobbyState: 0 }],
		['chat-expiry', { messageExpiration: 0 }],
		['chat-expiry', { messageExpiration: 2419200 }],
		['sip', { sipEnabled: 1 }],
		['recording', { callRecording: 1 }],
		['privacy-notice', { description: 'edited' }],
		['room-type', { type: 1 }],
	] as const)('reports %s when the room was weakened (%o)', (code, change) => {
		const p = plan()
		expect(checkRoom(p, roomFor(p, change), NOW).map((f) => f.code)).toEqual([code])
	})

	it('accepts a room that is stricter than planned', () => {
		const p = plan()
		expect(checkRoom(p, roomFor(p, { type: 2, hasPassword: false, messageExpiration: 3600 }), NOW)).toEqual([])
	})

	it.each(['until-start', 'moderated'] as const)('accepts an open lobby (%s) once guests may come, from guestWindowMinutes before the start', (lobby) => {
		const p = plan({ settings: { lobby, guestWindowMinutes: 15 } })
		expect(checkRoom(p, roomFor(p, { lobbyState: 0 }), p.start - 15 * 60 - 1).map((f) => f.code)).toEqual(['lobby'])
		expect(checkRoom(p, roomFor(p, { lobbyState: 0 }), p.start - 15 * 60)).toEqual([])
	})
})
