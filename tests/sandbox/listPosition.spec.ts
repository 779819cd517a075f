/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { comparePositions, fromCursor, positionOf, toCursor } from '../../sandbox/api/listPosition.ts'

const NOW = 1_893_452_400
const meeting = (id: number, start: number, end: number) => ({ id, plan: { start: NOW + start, end: NOW + end } })

describe('listPosition (MeetingListPosition\'s twin)', () => {
	it('orders running first, then upcoming soonest first, then past most recent first', () => {
		const meetings = {
			pastOld: meeting(1, -90_000, -86_400),
			upcomingLate: meeting(2, 86_400, 90_000),
			running: meeting(3, -600, 3000),
			pastRecent: meeting(4, -7200, -3600),
			upcomingSoon: meeting(5, 3600, 7200),
		}
		const ordered = Object.entries(meetings).sort(([, a], [, b]) => comparePositions(positionOf(a, NOW), positionOf(b, NOW))).map(([name]) => name)
		expect(ordered).toEqual(['running', 'upcomingSoon', 'upcomingLate', 'pastRecent', 'pastOld'])
	})

	it('turns a position into a cursor and back, and refuses a malformed one', () => {
		const position = positionOf(meeting(7, -7200, -3600), NOW)
		expect(toCursor(position)).toBe(`${NOW}.2.${-(NOW - 7200)}.7`)
		expect(fromCursor(toCursor(position))).toEqual(position)
		for (const cursor of ['x', '1.3.0.1', '1.1.0', '1.1.0.1.5', '-1.1.0.1']) {
			expect(fromCursor(cursor)).toBeNull()
		}
	})
})
