/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { CALENDAR_LEAD_SECONDS, calendarAttendeeIds, calendarEventBody, startsLateEnoughForCalendar } from '../../../src/services/calendarEvent.ts'

const participant = (attendeeId: number, actorType: string, actorId: string) => ({ attendeeId, actorType, actorId })

describe('calendarAttendeeIds', () => {
	it('invites the conversation\'s users but the organiser, never e-mail guests or others', () => {
		const participants = [
			participant(1, 'users', 'alice'),
			participant(2, 'users', 'bob'),
			participant(3, 'emails', 'guest@example.org'),
			participant(4, 'guests', 'abc123'),
			participant(5, 'groups', 'staff'),
			participant(6, 'users', 'carol'),
		]
		expect(calendarAttendeeIds(participants, 'alice')).toEqual([2, 6])
	})

	it('gives an empty list when nobody but the organiser and guests are in it, so only the organiser gets the event', () => {
		expect(calendarAttendeeIds([participant(1, 'users', 'alice'), participant(3, 'emails', 'guest@example.org')], 'alice')).toEqual([])
	})
})

describe('calendarEventBody', () => {
	it('sends the given attendee ids, never null (which would invite the e-mail guests too)', () => {
		const body = calendarEventBody({ title: 'Board', start: 2000, end: 5600 }, 'personal', 'Invitation', [])
		expect(body).toEqual({ calendarUri: 'personal', start: 2000, end: 5600, title: 'Board', description: 'Invitation', attendeeIds: [] })
	})
})

describe('startsLateEnoughForCalendar', () => {
	it('takes a start at least the lead ahead, not one starting now or within the lead', () => {
		expect(startsLateEnoughForCalendar(1000 + CALENDAR_LEAD_SECONDS, 1000)).toBe(true)
		expect(startsLateEnoughForCalendar(1000 + CALENDAR_LEAD_SECONDS - 1, 1000)).toBe(false)
		expect(startsLateEnoughForCalendar(1000, 1000)).toBe(false)
		expect(startsLateEnoughForCalendar(800, 1000)).toBe(false)
	})
})
