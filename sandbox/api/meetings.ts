/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Registering safe meetings: the plan is re-validated against the caller's effective policy and the
 * Talk room must already comply with it (checkRoom), as MeetingService does on the PHP side.
 */
import type { RegisteredPlan } from '../../src/policy/validatePlan.ts'
import type { OcsRoute } from '../ocs.ts'
import type { Meeting, SandboxState } from '../state.ts'
import type { RoomState } from '../talk/model.ts'
import type { SandboxUser } from '../users.ts'

import { checkRoom } from '../../src/policy/checkRoom.ts'
import { validatePlan } from '../../src/policy/validatePlan.ts'
import { OWN_BASE } from '../config.ts'
import { fail, ok } from '../ocs.ts'
import { nextId, now } from '../state.ts'
import { formatRoom } from '../talk/format.ts'
import { isModerator } from '../talk/model.ts'
import { attendeeOf } from '../talk/rooms.ts'
import { comparePositions, fromCursor, positionOf, toCursor } from './listPosition.ts'
import { findingMessage, violationMessage } from './messages.ts'
import { effectivePolicyOf } from './policy.ts'

export const PAGE_SIZE = 50

/**
 * The meeting's room as it is now, with the compliance verdict (MeetingOverviewService's twin).
 */
function statusOf(state: SandboxState, meeting: Meeting, user: SandboxUser) {
	const room = state.rooms.get(meeting.token)
	const attendee = room === undefined ? undefined : attendeeOf(room, user)
	if (room === undefined || attendee === undefined) {
		return { room: room === undefined ? 'missing' : 'left', moderator: false, participants: 0, guestLink: false, lobby: false, callActive: false, findings: [] }
	}
	return {
		room: 'present',
		moderator: isModerator(attendee),
		participants: room.attendees.length,
		guestLink: room.type === 3,
		lobby: room.lobbyState === 1,
		// The sandbox has no calls.
		callActive: false,
		// What only the server sees comes from Talk's server settings, which the sandbox does not model.
		findings: checkRoom(meeting.plan, formatRoom(state, room, attendee) as never, now(state)).map(findingMessage),
	}
}

const moderates = (room: RoomState | undefined, user: SandboxUser): boolean => room !== undefined && isModerator(attendeeOf(room, user))

/**
 * One page of the meetings the user created or moderates (MyMeetingsService::page), ordered as
 * listPosition.ts says, after `cursor` (the previous page's end; '' for the first page, which is also the
 * page's initial state).
 */
export function meetingPage(state: SandboxState, user: SandboxUser, cursor = '', limit = PAGE_SIZE) {
	const after = fromCursor(cursor)
	const at = after?.at ?? now(state)
	const positioned = state.meetings
		.filter((m) => m.owner === user.id || moderates(state.rooms.get(m.token), user))
		.map((meeting) => ({ meeting, position: positionOf(meeting, at) }))
		.filter(({ position }) => after === null || comparePositions(position, after) > 0)
		.sort((a, b) => comparePositions(a.position, b.position))
	const page = positioned.slice(0, limit)
	return {
		meetings: page.map(({ meeting }) => ({ ...meeting, status: statusOf(state, meeting, user) })),
		nextCursor: positioned.length > limit ? toCursor(page.at(-1)!.position) : null,
		now: now(state),
	}
}

export const meetingRoutes: OcsRoute[] = [
	{
		method: 'GET',
		template: `${OWN_BASE}/meetings`,
		// The contract check has already refused malformed cursors and limits out of range.
		handle: (ctx) => ok(meetingPage(ctx.state, ctx.user, String(ctx.query.cursor ?? ''), Number(ctx.query.limit ?? PAGE_SIZE))),
	},
	{
		method: 'DELETE',
		template: `${OWN_BASE}/meetings/{token}`,
		handle: (ctx) => {
			const meeting = ctx.state.meetings.find((m) => m.token === ctx.params.token && m.owner === ctx.user.id)
			if (meeting === undefined) {
				return fail(404, { message: 'Safe meeting not found.' })
			}
			if (ctx.state.rooms.has(meeting.token)) {
				return fail(409, { message: 'The conversation still exists. Its safe meeting stays registered so that it stays protected.' })
			}
			ctx.state.meetings = ctx.state.meetings.filter((m) => m !== meeting)
			return ok({ token: meeting.token })
		},
	},
	{
		method: 'POST',
		template: `${OWN_BASE}/meetings`,
		handle: (ctx) => {
			const token = String(ctx.body.token)
			const plan = ctx.body.plan as RegisteredPlan
			const room = ctx.state.rooms.get(token)
			const attendee = room === undefined ? undefined : attendeeOf(room, ctx.user)
			if (room === undefined || attendee === undefined) {
				return fail(404, { message: 'Conversation not found' })
			}
			if (!isModerator(attendee)) {
				return fail(403, { message: 'Only moderators of the conversation can register it' })
			}
			if (ctx.state.meetings.some((m) => m.token === token)) {
				return fail(409, { message: 'This conversation is already a safe meeting' })
			}
			const password = typeof ctx.body.password === 'string' ? ctx.body.password : ''
			const violations = validatePlan(effectivePolicyOf(ctx.state, ctx.user), plan, now(ctx.state), password).map(violationMessage)
			const found = checkRoom(plan, formatRoom(ctx.state, room, attendee) as never, now(ctx.state))
			// Like TalkAdapter's hash check: the password sent must be the room's guest password.
			if (room.type === 3 && room.password !== password) {
				found.push({ code: 'password-mismatch', expected: true, actual: false })
			}
			const findings = found.map(findingMessage)
			if (violations.length > 0 || findings.length > 0) {
				return fail(400, { message: 'The meeting plan or its conversation does not comply with the policy', violations: [...violations, ...findings] })
			}
			const lock = { locked: false, lockedAt: null, lockedBy: null, reason: null, refusedJoins: 0, callStartedAt: null }
			const meeting = { id: nextId(ctx.state), token, owner: ctx.user.id, createdAt: now(ctx.state), plan: structuredClone(plan), lock }
			ctx.state.meetings.push(meeting)
			return ok(meeting, 201)
		},
	},
]
