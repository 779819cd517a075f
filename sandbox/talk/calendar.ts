/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk's RoomController::scheduleMeeting (POST …/room/{token}/meeting): an event in one of the
 * caller's calendars, inviting the room's users and e-mail guests. Every sandbox user has one
 * calendar, `personal`, as Nextcloud creates it.
 */
import type { SandboxState } from '../state.ts'
import type { SandboxUser } from '../users.ts'
import type { RoomState } from './model.ts'

import { now } from '../state.ts'
import { badRequest } from './rooms.ts'

export interface CalendarEvent {
	owner: string
	calendarUri: string
	token: string
	start: number
	end: number
	title: string
	description: string
	/** Users by id, e-mail guests by address, as Talk adds them to the event. */
	attendees: string[]
}

/** The calendars of a sandbox user that Talk may write to (what PageController delivers as initial state). */
export const calendarsOf = (_user: SandboxUser) => [{ uri: 'personal', name: 'Personal' }]

export function scheduleMeeting(state: SandboxState, room: RoomState, user: SandboxUser, body: Record<string, unknown>): void {
	if (!calendarsOf(user).some((calendar) => calendar.uri === body.calendarUri)) {
		throw badRequest('calendar')
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
	const attendees = room.attendees
		.filter((a) => (a.actorType === 'users' && a.actorId !== user.id) || a.actorType === 'emails')
		.filter((a) => ids === null || ids.includes(a.id))
		.map((a) => (a.actorType === 'emails' ? a.invitedActorId ?? a.actorId : a.actorId))
	state.calendarEvents.push({
		owner: user.id,
		calendarUri: String(body.calendarUri),
		token: room.token,
		start,
		end,
		title: typeof body.title === 'string' && body.title !== '' ? body.title : room.name,
		description: typeof body.description === 'string' && body.description !== '' ? body.description : room.description,
		attendees,
	})
}
