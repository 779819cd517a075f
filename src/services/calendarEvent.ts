/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The calendar event for a new safe meeting, made by Talk (schedule-meeting): in the organiser's
 * calendar, inviting the users of this server in the meeting, with the invitation (never the
 * password) as its text. E-mail guests are never attendees: Talk would send one invitation listing
 * every attendee's address, so guests would see each other's and the users' addresses.
 */
import type { RegisteredPlan } from '../policy/validatePlan.ts'
import type { ScheduleMeetingBody } from '../talk/client.ts'
import type { TalkParticipant } from '../talk/types.ts'

import { loadState } from '@nextcloud/initial-state'

export interface WritableCalendar {
	uri: string
	name: string
}

/** The calendars Talk can write the event to, or why there are none (PageController, WritableCalendars). */
export interface CalendarOptions {
	calendars: WritableCalendar[]
	/** 'no-email': Talk refuses organisers without an e-mail address. */
	unavailable: 'no-email' | null
}

/** The organiser's answer "not into a calendar"; '' is "not asked yet". */
export const NO_CALENDAR = '-'

/** The calendar offered first: Nextcloud's personal calendar where the organiser has it. */
export const preferredCalendar = (calendars: WritableCalendar[]): WritableCalendar | undefined => calendars.find((calendar) => calendar.uri === 'personal') ?? calendars[0]

export const calendarOptions = (): CalendarOptions => loadState<CalendarOptions>('safe_meeting', 'calendars', { calendars: [], unavailable: null })

/**
 * Talk refuses a start before its own clock. A minute's lead covers the way there and clocks that
 * differ a little, so a meeting starting now is never sent.
 */
export const CALENDAR_LEAD_SECONDS = 60

export const startsLateEnoughForCalendar = (start: number, now: number): boolean => start >= now + CALENDAR_LEAD_SECONDS

/**
 * The attendees to invite: the conversation's users but the organiser. An empty list puts the event
 * into the organiser's calendar only (Talk: null would invite everyone, e-mail guests included).
 */
export function calendarAttendeeIds(participants: Pick<TalkParticipant, 'attendeeId' | 'actorType' | 'actorId'>[], organiserId: string): number[] {
	return participants
		.filter((participant) => participant.actorType === 'users' && participant.actorId !== organiserId)
		.map((participant) => participant.attendeeId)
}

export function calendarEventBody(plan: Pick<RegisteredPlan, 'title' | 'start' | 'end'>, calendarUri: string, invitation: string, attendeeIds: number[]): ScheduleMeetingBody {
	return {
		calendarUri,
		start: plan.start,
		end: plan.end,
		title: plan.title,
		description: invitation,
		attendeeIds,
	}
}
