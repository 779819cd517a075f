/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The call of a room, as Talk 22 runs it (CallController, ParticipantService::changeInCall,
 * RestrictStartingCalls; talk.md §§5.1, 10): only a participant with a session in the room joins it;
 * the lobby keeps non-moderators without "ignore lobby" out (412); starting a call needs the
 * start-call permission, joining a running one does not; the call ends when its last session leaves.
 */
import type { SandboxState } from '../state.ts'
import type { Attendee, RoomState } from './model.ts'
import type { Caller, RoomSession } from './presence.ts'

import { OcsError } from '../ocs.ts'
import { now } from '../state.ts'
import { effectivePermissions, inLobby } from './format.ts'
import { afterJoin, meetingOf } from './lockGuard.ts'
import { IN_CALL, isModerator, PERMISSION_PUBLISH_AUDIO, PERMISSION_PUBLISH_VIDEO, PERMISSION_START_CALL, WITH_AUDIO, WITH_VIDEO } from './model.ts'
import { presenceOf } from './presence.ts'

const roomSessions = (state: SandboxState, room: RoomState) => state.presence.sessions.filter((s) => s.token === room.token)

/** The call ends when nobody is in it any more. */
export function endCallWhenEmpty(state: SandboxState, room: RoomState): void {
	if (!roomSessions(state, room).some((s) => s.inCall !== 0)) {
		room.callStartTime = 0
	}
}

/**
 * Talk's RequireParticipant, RequireModeratorOrNoLobby and RequireReadWriteConversation, then a
 * session in the room (404 without one).
 */
export function callPresence(state: SandboxState, room: RoomState, caller: Caller): { attendee: Attendee, session: RoomSession } {
	const here = presenceOf(state, room, caller)
	if (here === undefined) {
		throw new OcsError(404, [])
	}
	if (inLobby(room, here.attendee)) {
		throw new OcsError(412, [])
	}
	if (room.readOnly === 1) {
		throw new OcsError(403, [])
	}
	if (here.session === undefined) {
		throw new OcsError(404, null)
	}
	return { attendee: here.attendee, session: here.session }
}

/**
 * Puts a session into the call with the flags its permissions allow; the first one starts the call
 * (Talk's CallStartedEvent, which the plan's auto-lock counts from). Joining the call is when
 * "everyone invited has joined" is looked at.
 */
export function enterCall(state: SandboxState, room: RoomState, attendee: Attendee, session: RoomSession, flags: number): void {
	const permissions = effectivePermissions(room, attendee)
	let inCall = flags
	if ((permissions & PERMISSION_PUBLISH_AUDIO) === 0) {
		inCall &= ~WITH_AUDIO
	}
	if ((permissions & PERMISSION_PUBLISH_VIDEO) === 0) {
		inCall &= ~WITH_VIDEO
	}
	session.inCall = inCall
	if (room.callStartTime === 0 && inCall !== 0) {
		room.callStartTime = now(state)
		const meeting = meetingOf(state, room.token)
		if (meeting !== undefined) {
			meeting.lock = { ...meeting.lock, callStartedAt: now(state) }
		}
	}
	if (inCall !== 0) {
		afterJoin(state, room)
	}
}

/** POST /call/{token}. */
export function joinCall(state: SandboxState, room: RoomState, caller: Caller, flags: number | null): void {
	const { attendee, session } = callPresence(state, room, caller)
	const running = roomSessions(state, room).some((s) => s.inCall !== 0)
	if (!running && (effectivePermissions(room, attendee) & PERMISSION_START_CALL) === 0) {
		throw new OcsError(403, [])
	}
	enterCall(state, room, attendee, session, flags ?? (IN_CALL | WITH_AUDIO | WITH_VIDEO))
}

/** Everybody leaves the call and stays in the room. */
export function endCallForEveryone(state: SandboxState, room: RoomState): void {
	for (const session of roomSessions(state, room)) {
		session.inCall = 0
	}
	room.callStartTime = 0
}

/** DELETE /call/{token}: `all` ends the call for everyone, honoured for moderators only. */
export function leaveCall(state: SandboxState, room: RoomState, caller: Caller, all: boolean): void {
	const { attendee, session } = callPresence(state, room, caller)
	if (all && isModerator(attendee)) {
		endCallForEveryone(state, room)
	} else {
		session.inCall = 0
		endCallWhenEmpty(state, room)
	}
}

/**
 * Talk's controller side effect of switching the lobby on: non-moderators leave the call (those
 * allowed to ignore the lobby may rejoin).
 */
export function disconnectNonModerators(state: SandboxState, room: RoomState): void {
	for (const session of roomSessions(state, room)) {
		if (!isModerator(room.attendees.find((a) => a.id === session.attendeeId))) {
			session.inCall = 0
		}
	}
	endCallWhenEmpty(state, room)
}
