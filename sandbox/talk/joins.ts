/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk's ways into a room (RoomController::joinRoom and leaveRoom, ParticipantService::joinRoom /
 * joinRoomAsNewGuest, PageController's password and personal-link steps; talk.md §§4, 10) with Safe
 * Meeting's guards applied where the PHP listeners sit: the password check (RoomPasswordVerifyEvent)
 * and the join (Before*JoinedRoomEvent). A join gives the browser a Talk session for the room; a
 * new guest becomes an attendee of type `guests` named by the SHA-1 of that first session id, and
 * comes back as the same attendee with the same browser session. The password is asked only of new
 * guests and of users who are neither attendees nor able to list the room, through the join's
 * `password` or the one Talk's page took.
 */
import type { RequestInfo, SandboxState } from '../state.ts'
import type { SandboxUser } from '../users.ts'
import type { JoinAttempt, Verdict } from './lockGuard.ts'
import type { Attendee, RoomState } from './model.ts'
import type { BrowserSession, Caller, Here, RoomSession } from './presence.ts'

import { createHash, randomInt } from 'node:crypto'
import { OcsError } from '../ocs.ts'
import { nextId, now, recordChange } from '../state.ts'
import { endCallWhenEmpty } from './calls.ts'
import { countRefusal, judge, rememberGuest, withRememberedGuest } from './lockGuard.ts'
import { GUEST, GUEST_MODERATOR, isModerator, TYPE_GROUP, TYPE_PUBLIC, USER, USER_SELF_JOINED } from './model.ts'
import { presenceOf, sessionsOf } from './presence.ts'
import { expireLobby } from './rooms.ts'

/** Who is knocking, as lib/Talk/TalkJoins.php reads it. */
export function attemptOf(room: RoomState, user: SandboxUser | null, browser: BrowserSession | undefined): JoinAttempt {
	if (user !== null) {
		const attendee = room.attendees.find((a) => a.actorType === 'users' && a.actorId === user.id)
		return { kind: 'user', presence: attendee === undefined ? 'newcomer' : 'attendee', moderator: isModerator(attendee) }
	}
	const returning = guestAttendee(room, browser?.guestActorIds[room.token])
	if (returning !== undefined) {
		return { kind: 'guest', presence: 'returning-guest', moderator: returning.participantType === GUEST_MODERATOR }
	}
	const invited = room.attendees.find((a) => a.actorType === 'emails' && a.actorId === browser?.emailActorIds[room.token])
	if (invited !== undefined) {
		return { kind: 'guest', presence: 'invited-guest', moderator: invited.participantType === GUEST_MODERATOR }
	}
	return { kind: 'guest', presence: 'newcomer', moderator: false }
}

/** Who is knocking as the join guard sees it: Talk's records and the guests Safe Meeting remembers. */
function guardedAttempt(state: SandboxState, room: RoomState, user: SandboxUser | null, browser: BrowserSession | undefined): JoinAttempt {
	return withRememberedGuest(state, room.token, attemptOf(room, user, browser), browser?.guestActorIds[room.token])
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
	const verdict = judge(state, room.token, guardedAttempt(state, room, user, browser))
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

const SESSION_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/'

/** ISecureRandom::generate(255) with Talk's default character set. */
const newSessionId = (): string => Array.from({ length: 255 }, () => SESSION_CHARS[randomInt(SESSION_CHARS.length)]).join('')

/** RoomService::verifyPassword: a room without one lets everyone through; the page may have taken it. */
function passwordPassed(room: RoomState, browser: BrowserSession, password: string): boolean {
	return room.password === '' || password === room.password || browser.passwords[room.token] === room.password
}

/**
 * The attendee a join is for, created where Talk creates one (`null`: Talk would create it once it
 * has the session id); throws Talk's answers otherwise.
 */
function joiningAttendee(state: SandboxState, room: RoomState, user: SandboxUser | null, browser: BrowserSession, password: string): Attendee | null {
	if (user !== null) {
		const existing = room.attendees.find((a) => a.actorType === 'users' && a.actorId === user.id)
		if (existing !== undefined) {
			return existing
		}
		const listable = room.listable > 0
		if (room.type !== TYPE_PUBLIC && !listable) {
			throw new OcsError(404, null)
		}
		if (!listable && !passwordPassed(room, browser, password)) {
			throw new OcsError(403, { error: 'password' })
		}
		const participantType = listable && [TYPE_GROUP, TYPE_PUBLIC].includes(room.type) ? USER : USER_SELF_JOINED
		const attendee: Attendee = { id: nextId(state), actorType: 'users', actorId: user.id, displayName: user.displayName, participantType, permissions: 0, pin: '' }
		room.attendees.push(attendee)
		return attendee
	}
	if (room.type !== TYPE_PUBLIC) {
		throw new OcsError(404, null)
	}
	// A returning guest of this browser, or the e-mail guest its personal link authenticated: no password.
	const known = guestAttendee(room, browser.guestActorIds[room.token]) ?? room.attendees.find((a) => a.actorType === 'emails' && a.actorId === browser.emailActorIds[room.token])
	if (known !== undefined) {
		return known
	}
	if (!passwordPassed(room, browser, password)) {
		throw new OcsError(403, { error: 'password' })
	}
	return null
}

/**
 * RoomController::joinRoom (`POST /room/{token}/participants/active`, also what Talk's page does):
 * 404 when our guard cancels the join or the room is not open to the caller, 403 `password`, 409
 * when `force` is off and this browser's previous session is still in the call.
 */
export function joinRoom(state: SandboxState, room: RoomState, caller: Caller, password: string, force: boolean, info: RequestInfo): Here & { session: RoomSession } {
	const browser = caller.browser.open()
	if (judge(state, room.token, guardedAttempt(state, room, caller.user, browser)).decision !== 'allow') {
		countRefusal(state, room.token)
		throw new OcsError(404, null)
	}
	const previous = state.presence.sessions.find((s) => s.token === room.token && s.sessionId === browser.sessionIds[room.token])
	if (previous !== undefined && !force && previous.inCall !== 0) {
		throw new OcsError(409, { sessionId: previous.sessionId, inCall: previous.inCall, lastPing: previous.lastPing })
	}
	const before = room.attendees.length
	let attendee = joiningAttendee(state, room, caller.user, browser, password)
	if (previous !== undefined) {
		// The browser's earlier session in this room ends (a reload, a second join).
		state.presence.sessions = state.presence.sessions.filter((s) => s !== previous)
		endCallWhenEmpty(state, room)
	}
	const session: RoomSession = { sessionId: newSessionId(), token: room.token, attendeeId: 0, inCall: 0, lastPing: now(state) }
	if (attendee === null) {
		attendee = { id: nextId(state), actorType: 'guests', actorId: createHash('sha1').update(session.sessionId).digest('hex'), displayName: '', participantType: GUEST, permissions: 0, pin: '' }
		room.attendees.push(attendee)
	}
	session.attendeeId = attendee.id
	state.presence.sessions.push(session)
	browser.sessionIds[room.token] = session.sessionId
	if (attendee.actorType !== 'users') {
		browser.guestActorIds[room.token] = attendee.actorId
	}
	if (attendee.actorType === 'guests') {
		rememberGuest(state, room.token, attendee.actorId)
	}
	delete browser.passwords[room.token]
	expireLobby(state, room, info)
	if (room.attendees.length !== before) {
		recordChange(state, room, 'modified', info)
	}
	return { attendee, session }
}

/**
 * DELETE /room/{token}/participants/active: always 200; a user who joined a public room by
 * themselves leaves it with their last session. A guest leaving forgets the room (a new join is a
 * new guest).
 */
export function leaveRoom(state: SandboxState, room: RoomState | undefined, caller: Caller, info: RequestInfo): void {
	const here = room === undefined ? undefined : presenceOf(state, room, caller)
	const browser = caller.browser.peek()
	if (browser !== undefined && room !== undefined) {
		delete browser.sessionIds[room.token]
		delete browser.guestActorIds[room.token]
	}
	if (room === undefined || here?.session === undefined) {
		return
	}
	state.presence.sessions = state.presence.sessions.filter((s) => s !== here.session)
	endCallWhenEmpty(state, room)
	if (here.attendee.participantType === USER_SELF_JOINED && !isIn(state, room, here.attendee)) {
		room.attendees = room.attendees.filter((a) => a !== here.attendee)
		recordChange(state, room, 'modified', info)
	}
}

/** Whether the attendee has a session in the room. */
export function isIn(state: SandboxState, room: RoomState, attendee: Attendee): boolean {
	return sessionsOf(state, room.token, attendee.id).length > 0
}
