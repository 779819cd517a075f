/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The calendar event for a new safe meeting, made by Talk (schedule-meeting): in the organiser's
 * calendar, inviting every participant, with the invitation (never the password) as its text.
 */
import type { RegisteredPlan } from '../policy/validatePlan.ts'
import type { ScheduleMeetingBody } from '../talk/client.ts'

import { loadState } from '@nextcloud/initial-state'

export interface WritableCalendar {
	uri: string
	name: string
}

/** The calendars Talk can write the event to, as the page delivered them (PageController). */
export const writableCalendars = (): WritableCalendar[] => loadState<WritableCalendar[]>('safe_meeting', 'calendars', [])

export function calendarEventBody(plan: Pick<RegisteredPlan, 'title' | 'start' | 'end'>, calendarUri: string, invitation: string): ScheduleMeetingBody {
	return {
		calendarUri,
		start: plan.start,
		end: plan.end,
		title: plan.title,
		description: invitation,
		// null: Talk invites every participant of the conversation (users and e-mail guests).
		attendeeIds: null,
	}
}
