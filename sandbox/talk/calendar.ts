/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk's RoomController::scheduleMeeting (POST …/room/{token}/meeting): an event in one of the
 * caller's calendars, with the same refusals in the same order (conversation, calendar, email,
 * start, end). Attendees as Talk adds them: by e-mail address, users without one and the organiser
 * left out; attendeeIds null invites every user and e-mail guest, a list only those attendees
 * ([] nobody).
 */
import type { SandboxState } from '../state.ts'
import type { SandboxUser } from '../users.ts'
import type { RoomState } from './model.ts'

import { now } from '../state.ts'
import { findUser } from '../users.ts'
import { badRequest } from './rooms.ts'

export interface CalendarEvent {
	owner: string
	calendarUri: string
	token: string
	start: number
	end: number
	title: string
	description: string
	/** The invited addresses, as Talk adds them to the event. */
	attendees: string[]
}

/** The calendars a user can write to: everyone has one, as Nextcloud creates it. */
const writableCalendars = (_user: SandboxUser) => [{ uri: 'personal', name: 'Personal' }]

/** What PageController delivers as initial state: the calendars Talk may write to, or why none. */
export function calendarsOf(user: SandboxUser) {
	return user.email === null
		? { calendars: [], unavailable: 'no-email' }
		: { calendars: writableCalendars(user), unavailable: null }
}

/** Talk's former one-to-one conversations (Room::TYPE_ONE_TO_ONE_FORMER). */
const ONE_TO_ONE_FORMER = 5

export function scheduleMeeting(state: SandboxState, room: RoomState, user: SandboxUser, body: Record<string, unknown>): void {
	if (room.type === ONE_TO_ONE_FORMER) {
		throw badRequest('conversation')
	}
	if (!writableCalendars(user).some((calendar) => calendar.uri === body.calendarUri)) {
		throw badRequest('calendar')
	}
	if (user.email === null) {
		throw badRequest('email')
	}
	const start = Number(body.start)
	const end = typeof body.end === 'number' ? body.end : start + 3600
	if (start < now(state)) {
		throw badRequest('start')
	}
	if (start >= end) {
		throw badRequest('end')
	}
	const ids = Array.isArray(body.attendeeIds) ? body.attendeeIds : null
	const invited = room.attendees.filter((a) => ids === null || ids.includes(a.id))
	const users = invited
		.filter((a) => a.actorType === 'users')
		.map((a) => findUser(a.actorId)?.email ?? null)
		.filter((email): email is string => email !== null && email !== user.email)
	const guests = invited.filter((a) => a.actorType === 'emails').map((a) => a.invitedActorId ?? a.actorId)
	state.calendarEvents.push({
		owner: user.id,
		calendarUri: String(body.calendarUri),
		token: room.token,
		start,
		end,
		title: typeof body.title === 'string' && body.title !== '' ? body.title : room.name,
		description: typeof body.description === 'string' && body.description !== '' ? body.description : room.description,
		attendees: [...users, ...guests],
	})
}
