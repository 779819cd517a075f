/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Being in a conversation, as Talk 22 does it (RoomController::joinRoom/leaveRoom,
 * ParticipantService::joinRoom/joinRoomAsNewGuest, CallController, talk.md §§4, 5.1, 10): a join
 * gives the caller a Talk session, remembered in the PHP session; guests become attendees of type
 * `guests` whose actor id is the SHA-1 of their first session id, and a returning guest with the
 * same PHP session is the same attendee. The password is asked only of new guests and of users who
 * are neither attendees nor able to list the room. Non-moderators without "ignore lobby" may join a
 * room while its lobby is on, but not its call.
 */
import type { PhpSession } from '../phpSession.ts'
import type { RequestInfo, SandboxState } from '../state.ts'
import type { SandboxUser } from '../users.ts'
import type { Attendee, RoomState, TalkSession } from './model.ts'

import { createHash, randomInt } from 'node:crypto'
import { OcsError } from '../ocs.ts'
import { nextId, now, recordChange } from '../state.ts'
import { effectivePermissions, inLobby } from './format.ts'
import {
	GUEST,
	IN_CALL,
	isModerator,
	PERMISSION_PUBLISH_AUDIO,
	PERMISSION_PUBLISH_VIDEO,
	PERMISSION_START_CALL,
	TYPE_GROUP,
	TYPE_PUBLIC,
	USER,
	USER_SELF_JOINED,
	WITH_AUDIO,
	WITH_VIDEO,
} from './model.ts'

/** Who is asking: a logged-in user or a guest, and the PHP session of the request. */
export interface Caller { user: SandboxUser | null, session: PhpSession }

export interface Presence { attendee: Attendee, session?: TalkSession }

const SESSION_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/'

/** ISecureRandom::generate(255) with Talk's default character set. */
function newSessionId(): string {
	return Array.from({ length: 255 }, () => SESSION_CHARS[randomInt(SESSION_CHARS.length)]).join('')
}

/**
 * The caller's attendee in the room and, if the PHP session names one, its current Talk session:
 * users by their account, guests by their session only.
 */
export function presenceOf(room: RoomState, caller: Caller): Presence | undefined {
	const sessionId = caller.session.talkSessionFor(room.token)
	const attendee = caller.user === null
		? room.attendees.find((a) => a.sessions.some((s) => s.id === sessionId))
		: room.attendees.find((a) => a.actorType === 'users' && a.actorId === caller.user!.id)
	if (attendee === undefined) {
		return undefined
	}
	const session = attendee.sessions.find((s) => s.id === sessionId)
	return session === undefined ? { attendee } : { attendee, session }
}

/**
 * RoomService::verifyPassword: a room without a password lets everyone through.
 */
function passwordMatches(room: RoomState, password: string): boolean {
	return room.password === '' || room.password === password
}

/** The call ends when nobody is in it any more. */
function endCallWhenEmpty(room: RoomState): void {
	if (!room.attendees.some((a) => a.sessions.some((s) => s.inCall !== 0))) {
		room.callStartTime = 0
	}
}

function endSession(room: RoomState, attendee: Attendee, session: TalkSession): void {
	attendee.sessions = attendee.sessions.filter((s) => s !== session)
	endCallWhenEmpty(room)
}

/**
 * The attendee a join is for, created if Talk would create one; throws Talk's answers otherwise.
 */
function joiningAttendee(state: SandboxState, room: RoomState, caller: Caller, password: string, previous: Presence | undefined): Attendee {
	if (caller.user !== null) {
		const user = caller.user
		const existing = room.attendees.find((a) => a.actorType === 'users' && a.actorId === user.id)
		if (existing !== undefined) {
			return existing
		}
		const listable = room.listable > 0
		if (room.type !== TYPE_PUBLIC && !listable) {
			throw new OcsError(404, null)
		}
		if (!listable && !passwordMatches(room, password)) {
			throw new OcsError(403, { error: 'password' })
		}
		const attendee: Attendee = { id: nextId(state), actorType: 'users', actorId: user.id, displayName: user.displayName, participantType: listable && [TYPE_GROUP, TYPE_PUBLIC].includes(room.type) ? USER : USER_SELF_JOINED, permissions: 0, pin: '', sessions: [] }
		room.attendees.push(attendee)
		return attendee
	}
	if (room.type !== TYPE_PUBLIC) {
		throw new OcsError(404, null)
	}
	if (previous !== undefined && previous.attendee.actorType === 'guests') {
		// A returning guest of the same PHP session: no password, the same attendee.
		return previous.attendee
	}
	if (!passwordMatches(room, password)) {
		throw new OcsError(403, { error: 'password' })
	}
	const attendee: Attendee = { id: nextId(state), actorType: 'guests', actorId: '', displayName: '', participantType: GUEST, permissions: 0, pin: '', sessions: [] }
	room.attendees.push(attendee)
	return attendee
}

/**
 * POST /room/{token}/participants/active. `force: false` answers 409 while the previous session of
 * this PHP session is still in the call.
 */
export function joinRoom(state: SandboxState, room: RoomState, caller: Caller, password: string, force: boolean, info: RequestInfo): Presence {
	const previous = presenceOf(room, caller)
	if (previous?.session !== undefined) {
		if (!force && previous.session.inCall !== 0) {
			throw new OcsError(409, { sessionId: previous.session.id, inCall: previous.session.inCall, lastPing: previous.session.lastPing })
		}
		endSession(room, previous.attendee, previous.session)
	}
	const attendee = joiningAttendee(state, room, caller, password, previous)
	const session: TalkSession = { id: newSessionId(), inCall: 0, lastPing: now(state) }
	attendee.sessions.push(session)
	if (attendee.actorType === 'guests' && attendee.actorId === '') {
		attendee.actorId = createHash('sha1').update(session.id).digest('hex')
	}
	caller.session.setTalkSession(room.token, session.id)
	recordChange(state, room, 'modified', info)
	return { attendee, session }
}

/**
 * DELETE /room/{token}/participants/active: always 200; a user who joined a public room by
 * themselves leaves it with their last session.
 */
export function leaveRoom(state: SandboxState, room: RoomState | undefined, caller: Caller, info: RequestInfo): void {
	const presence = room === undefined ? undefined : presenceOf(room, caller)
	caller.session.removeTalkSession(room?.token ?? '')
	if (room === undefined || presence?.session === undefined) {
		return
	}
	endSession(room, presence.attendee, presence.session)
	if (presence.attendee.participantType === USER_SELF_JOINED && presence.attendee.sessions.length === 0) {
		room.attendees = room.attendees.filter((a) => a !== presence.attendee)
	}
	recordChange(state, room, 'modified', info)
}

/**
 * Talk's RequireParticipant + the call routes' own checks: a participant with a session (404),
 * RequireModeratorOrNoLobby (412), RequireReadWriteConversation (403).
 */
export function callPresence(room: RoomState, caller: Caller): Presence & { session: TalkSession } {
	const presence = presenceOf(room, caller)
	if (presence === undefined) {
		throw new OcsError(404, [])
	}
	if (inLobby(room, presence.attendee)) {
		throw new OcsError(412, [])
	}
	if (room.readOnly === 1) {
		throw new OcsError(403, [])
	}
	if (presence.session === undefined) {
		throw new OcsError(404, null)
	}
	return { attendee: presence.attendee, session: presence.session }
}

/**
 * POST /call/{token}: starting a call needs the start-call permission (Talk's RestrictStartingCalls
 * listener, 403); joining a running one does not. Audio and video flags need their permissions.
 */
export function joinCall(state: SandboxState, room: RoomState, caller: Caller, flags: number | null, info: RequestInfo): void {
	const { attendee, session } = callPresence(room, caller)
	const permissions = effectivePermissions(room, attendee)
	const callRunning = room.attendees.some((a) => a.sessions.some((s) => s.inCall !== 0))
	if (!callRunning && (permissions & PERMISSION_START_CALL) === 0) {
		throw new OcsError(403, [])
	}
	let inCall = flags ?? (IN_CALL | WITH_AUDIO | WITH_VIDEO)
	if ((permissions & PERMISSION_PUBLISH_AUDIO) === 0) {
		inCall &= ~WITH_AUDIO
	}
	if ((permissions & PERMISSION_PUBLISH_VIDEO) === 0) {
		inCall &= ~WITH_VIDEO
	}
	session.inCall = inCall
	if (room.callStartTime === 0 && inCall !== 0) {
		room.callStartTime = now(state)
	}
	recordChange(state, room, 'modified', info)
}

/**
 * DELETE /call/{token}: `all` ends the call for everyone, honoured for moderators only.
 */
export function leaveCall(state: SandboxState, room: RoomState, caller: Caller, all: boolean, info: RequestInfo): void {
	const { attendee, session } = callPresence(room, caller)
	const sessions = all && isModerator(attendee) ? room.attendees.flatMap((a) => a.sessions) : [session]
	for (const each of sessions) {
		each.inCall = 0
	}
	endCallWhenEmpty(room)
	recordChange(state, room, 'modified', info)
}

/**
 * Talk's controller side effect of switching the lobby on: non-moderators leave the call (those
 * allowed to ignore the lobby may rejoin).
 */
export function disconnectNonModerators(room: RoomState): void {
	for (const attendee of room.attendees.filter((a) => !isModerator(a))) {
		for (const session of attendee.sessions) {
			session.inCall = 0
		}
	}
	endCallWhenEmpty(room)
}
