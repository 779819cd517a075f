/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { CheckablePlan, CheckableRoom } from '../../../src/policy/checkRoom.ts'

import { describe, expect, it } from 'vitest'
import { judgeMeeting, judgeMeetings } from '../../../src/compliance/meetingCompliance.ts'
import { defaultPolicy } from '../../../src/policy/defaultPolicy.ts'

const NOW = 1_900_000_000
const plan: CheckablePlan = {
	start: NOW + 3600,
	settings: { passwordMinLength: 16, lobby: 'moderated', recording: 'blocked' },
	privacyNotice: defaultPolicy().privacyNotice,
	talk: { roomType: 3, listable: 0, lobbyState: 1, lobbyTimer: null, messageExpiration: 604800, sipEnabled: 0, recordingConsent: 1 },
}
const keptRoom: CheckableRoom = { type: 3, hasPassword: true, listable: 0, lobbyState: 1, lobbyTimer: 0, messageExpiration: 604800, sipEnabled: 0, callRecording: 0, recordingConsent: 1, description: plan.privacyNotice.text }

describe('judgeMeeting', () => {
	it('finds a room that keeps its plan compliant', () => {
		expect(judgeMeeting(plan, keptRoom, NOW)).toEqual({ status: 'compliant', findings: [] })
	})

	it('names what a room does differently from its plan', () => {
		expect(judgeMeeting(plan, { ...keptRoom, hasPassword: false, listable: 1 }, NOW)).toEqual({
			status: 'findings',
			findings: [{ code: 'password', expected: true, actual: false }, { code: 'listable', expected: 0, actual: 1 }],
		})
	})

	it('reports a room Talk no longer has as missing', () => {
		expect(judgeMeeting(plan, null, NOW)).toEqual({ status: 'room-missing', findings: [] })
	})
})

describe('judgeMeetings', () => {
	it('counts each status and keeps the input order', () => {
		const { verdicts, counts } = judgeMeetings([
			{ plan, room: keptRoom },
			{ plan, room: null },
			{ plan, room: { ...keptRoom, lobbyState: 0 } },
			{ plan, room: keptRoom },
		], NOW)
		expect(verdicts.map((v) => v.status)).toEqual(['compliant', 'room-missing', 'findings', 'compliant'])
		expect(counts).toEqual({ compliant: 2, findings: 1, 'room-missing': 1 })
	})
})
