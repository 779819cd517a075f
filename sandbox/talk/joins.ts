/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk's ways into a room (RoomController::joinRoom, ParticipantService::joinRoom / joinRoomAsNewGuest,
 * PageController's password and personal-link steps) with Safe Meeting's guards applied where the PHP
 * listeners sit: the password check (RoomPasswordVerifyEvent) and the join (Before*JoinedRoomEvent).
 */
import type { RequestInfo, SandboxState } from '../state.ts'
import type { SandboxUser } from '../users.ts'
import type { JoinAttempt, Verdict } from './lockGuard.ts'
import type { Attendee, RoomState } from './model.ts'
import type { BrowserSession } from './presence.ts'

import { createHash, randomBytes } from 'node:crypto'
import { nextId, now } from '../state.ts'
import { afterJoin, countRefusal, judge } from './lockGuard.ts'
import { GUEST, GUEST_MODERATOR, isModerator, TYPE_PUBLIC, USER_SELF_JOINED } from './model.ts'
import { sessionsOf } from './presence.ts'
import { expireLobby } from './rooms.ts'

export type JoinResult = { joined: true, attendee: Attendee } | { joined: false, why: 'password' | 'refused' | 'not-found' }

/** Who is knocking, as lib/Talk/TalkJoins.php reads it. */
export function attemptOf(room: RoomState, user: SandboxUser | null, browser: BrowserSession): JoinAttempt {
	if (user !== null) {
		const attendee = room.attendees.find((a) => a.actorType === 'users' && a.actorId === user.id)
		return { kind: 'user', presence: attendee === undefined ? 'newcomer' : 'attendee', moderator: isModerator(attendee) }
	}
	const returning = guestAttendee(room, browser.guestActorIds[room.token])
	if (returning !== undefined) {
		return { kind: 'guest', presence: 'returning-guest', moderator: returning.participantType === GUEST_MODERATOR }
	}
	const invited = room.attendees.find((a) => a.actorType === 'emails' && a.actorId === browser.emailActorIds[room.token])
	if (invited !== undefined) {
		return { kind: 'guest', presence: 'invited-guest', moderator: invited.participantType === GUEST_MODERATOR }
	}
	return { kind: 'guest', presence: 'newcomer', moderator: false }
}

function guestAttendee(room: RoomState, actorId: string | undefined): Attendee | undefined {
	return actorId === undefined ? undefined : room.attendees.find((a) => (a.actorType === 'guests' || a.actorType === 'emails') && a.actorId === actorId)
}

/**
 * Talk's public page with a password (PageController): the password, or our refusal. Returns the
 * refusal when the right password met a locked meeting (Talk then redirects to our page).
 */
export function verifyPassword(state: SandboxState, room: RoomState, user: SandboxUser | null, browser: BrowserSession, password: string): { valid: boolean, refusal: Verdict | null } {
	const right = room.password === '' || password === room.password
	const verdict = judge(state, room.token, attemptOf(room, user, browser))
	if (right && verdict.decision !== 'allow') {
		browser.refusals[room.token] = { reason: verdict.decision, from: 'from' in verdict ? verdict.from : 0, until: 'until' in verdict ? verdict.until : 0 }
		countRefusal(state, room.token)
		return { valid: false, refusal: verdict }
	}
	if (right) {
		browser.passwords[room.token] = password
	}
	return { valid: right, refusal: null }
}

/** Talk's e-mail personal link: authenticates the browser as that e-mail guest. */
export function authenticateEmailGuest(room: RoomState, browser: BrowserSession, email: string, access: string): boolean {
	const attendee = room.attendees.find((a) => a.actorType === 'emails' && a.invitedActorId === email.toLowerCase() && a.accessToken === access)
	if (attendee !== undefined) {
		browser.emailActorIds[room.token] = attendee.actorId
	}
	return attendee !== undefined
}

/**
 * RoomController::joinRoom: a new session in the room, and the call as Talk's web UI joins it next,
 * unless the lobby holds the participant back (talk.md §5.1; its timer opens it lazily).
 */
export function joinRoom(state: SandboxState, room: RoomState, user: SandboxUser | null, browser: BrowserSession, info: RequestInfo): JoinResult {
	const attempt = attemptOf(room, user, browser)
	if (judge(state, room.token, attempt).decision !== 'allow') {
		countRefusal(state, room.token)
		return { joined: false, why: 'refused' }
	}
	const passed = attempt.presence !== 'newcomer' || room.password === '' || browser.passwords[room.token] === room.password
	let attendee: Attendee | undefined
	if (user !== null) {
		attendee = room.attendees.find((a) => a.actorType === 'users' && a.actorId === user.id)
		if (attendee === undefined) {
			if (room.type !== TYPE_PUBLIC) {
				return { joined: false, why: 'not-found' }
			}
			if (!passed) {
				return { joined: false, why: 'password' }
			}
			attendee = { id: nextId(state), actorType: 'users', actorId: user.id, displayName: user.displayName, participantType: USER_SELF_JOINED, permissions: 0, pin: '' }
			room.attendees.push(attendee)
		}
	} else {
		attendee = guestAttendee(room, browser.guestActorIds[room.token]) ?? room.attendees.find((a) => a.actorType === 'emails' && a.actorId === browser.emailActorIds[room.token])
		if (attendee === undefined) {
			if (room.type !== TYPE_PUBLIC) {
				return { joined: false, why: 'not-found' }
			}
			if (!passed) {
				return { joined: false, why: 'password' }
			}
			attendee = { id: nextId(state), actorType: 'guests', actorId: createHash('sha1').update(randomBytes(16)).digest('hex'), displayName: '', participantType: GUEST, permissions: 0, pin: '' }
			room.attendees.push(attendee)
		}
		browser.guestActorIds[room.token] = attendee.actorId
	}
	delete browser.passwords[room.token]
	// A reload replaces the browser's earlier session.
	state.presence.sessions = state.presence.sessions.filter((s) => !(s.token === room.token && s.sessionId.startsWith(browser.id)))
	expireLobby(state, room, info)
	const inLobby = room.lobbyState === 1 && !isModerator(attendee) && (attendee.permissions & 8) === 0
	state.presence.sessions.push({ sessionId: `${browser.id}-${nextId(state)}`, token: room.token, attendeeId: attendee.id, inCall: inLobby ? 0 : 1, lastPing: now(state) })
	startCallIfFirst(state, room)
	afterJoin(state, room)
	return { joined: true, attendee }
}

/** Talk's CallStartedEvent: the first one in the call starts it (AutoLockService::callStarted). */
function startCallIfFirst(state: SandboxState, room: RoomState): void {
	const meeting = state.meetings.find((m) => m.token === room.token)
	const inCall = state.presence.sessions.filter((s) => s.token === room.token && s.inCall > 0)
	if (meeting !== undefined && inCall.length === 1) {
		meeting.lock = { ...meeting.lock, callStartedAt: now(state) }
	}
}

/** Whether this browser has a session in the room. */
export function isIn(state: SandboxState, room: RoomState, attendee: Attendee): boolean {
	return sessionsOf(state, room.token, attendee.id).length > 0
}
