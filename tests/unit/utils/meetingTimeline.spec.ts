/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { deletionTime, meetingPhase } from '../../../src/utils/meetingTimeline.ts'

const plan = { start: 1000, end: 2000 }

describe('meetingPhase', () => {
	it.each([
		[999, false, 'upcoming'],
		[1000, false, 'running'],
		[1999, false, 'running'],
		[2000, false, 'past'],
		[500, true, 'running'],
		[5000, true, 'running'],
	] as const)('at %i with a call running: %s → %s', (now, callActive, phase) => {
		expect(meetingPhase(plan, callActive, now)).toBe(phase)
	})
})

describe('deletionTime', () => {
	it('counts the meeting retention in days from the end', () => {
		expect(deletionTime({ end: 2000, settings: { meetingRetentionDays: 3 } as never })).toBe(2000 + 3 * 86400)
	})
})
