/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Who is in which room right now, and what each browser's Talk session remembers (talk.md §10,
 * Talk's TalkSession): the session it joined a room with, the room password it passed, the guest
 * attendee it joined as, the e-mail guest its personal link authenticated. Also the chat, the bots
 * enabled per room and the sandbox's outbox.
 */
import type { SandboxState } from '../state.ts'
import type { SandboxUser } from '../users.ts'
import type { Attendee, RoomState } from './model.ts'

import { GUEST } from './model.ts'

/** Talk's TalkSession of one browser (kept in the PHP session in Nextcloud). */
export interface BrowserSession {
	id: string
	/** Talk's getSessionForRoom: the Talk session id this browser joined each room with. */
	sessionIds: Record<string, string>
	passwords: Record<string, string>
	guestActorIds: Record<string, string>
	emailActorIds: Record<string, string>
	/** Our RefusalNotice: why a join was refused, per room token. */
	refusals: Record<string, { reason: string, from: number, until: number }>
}

/** A row of Talk's talk_sessions: one browser tab in a room. */
export interface RoomSession {
	sessionId: string
	token: string
	attendeeId: number
	/** Talk's in-call flags; 0 = not in the call. */
	inCall: number
	lastPing: number
}

export interface ChatMessage {
	id: number
	token: string
	actorType: string
	actorId: string
	actorDisplayName: string
	message: string
	timestamp: number
}

/** An e-mail Talk would have sent (invitations with the personal link). */
export interface Mail {
	to: string
	token: string
	link: string
}

export interface Presence {
	browsers: Map<string, BrowserSession>
	sessions: RoomSession[]
	chat: ChatMessage[]
	mails: Mail[]
	/** Room token → ids of the bots enabled in it. */
	bots: Map<string, number[]>
	/** Safe meeting token → when its plan last locked it (the plan locks once per call). */
	autoLockedAt: Map<string, number>
	/** Safe meeting token → actor ids of the guests who joined it (Safe Meeting's GuestJoinedListener). */
	rememberedGuests: Map<string, Set<string>>
}

export function createPresence(): Presence {
	return { browsers: new Map(), sessions: [], chat: [], mails: [], bots: new Map(), autoLockedAt: new Map(), rememberedGuests: new Map() }
}

export function browserSession(state: SandboxState, id: string): BrowserSession {
	let session = state.presence.browsers.get(id)
	if (session === undefined) {
		session = { id, sessionIds: {}, passwords: {}, guestActorIds: {}, emailActorIds: {}, refusals: {} }
		state.presence.browsers.set(id, session)
	}
	return session
}

export function sessionsOf(state: SandboxState, token: string, attendeeId: number): RoomSession[] {
	return state.presence.sessions.filter((s) => s.token === token && s.attendeeId === attendeeId)
}

/**
 * The browser (PHP) session of a request: read without side effects, opened (with its cookie) only
 * when something is stored in it.
 */
export interface BrowserHandle {
	peek: () => BrowserSession | undefined
	open: () => BrowserSession
}

/** Who is asking: a logged-in user or a guest, and the browser session of the request. */
export interface Caller { user: SandboxUser | null, browser: BrowserHandle }

/** The caller's attendee in a room and, if its browser joined with one, its current session there. */
export interface Here { attendee: Attendee, session?: RoomSession }

/**
 * Users are found by their account, guests (and e-mail guests) only through their browser session.
 */
export function presenceOf(state: SandboxState, room: RoomState, caller: Caller): Here | undefined {
	const browser = caller.browser.peek()
	const sessionId = browser?.sessionIds[room.token]
	const session = state.presence.sessions.find((s) => s.token === room.token && s.sessionId === sessionId)
	const attendee = caller.user === null
		? room.attendees.find((a) => a.id === session?.attendeeId)
		: room.attendees.find((a) => a.actorType === 'users' && a.actorId === caller.user!.id)
	if (attendee === undefined) {
		return undefined
	}
	return session !== undefined && session.attendeeId === attendee.id ? { attendee, session } : { attendee }
}

/**
 * Talk's ParticipantService::cleanGuestParticipants once the guests' connections have been gone for
 * 100 s (Session::SESSION_TIMEOUT_KILL; Talk runs it when somebody lists the participants): their
 * sessions end, and guests without a name and with default permissions are deleted.
 */
export function cleanUpGuests(state: SandboxState, room: RoomState): void {
	const guests = room.attendees.filter((a) => a.actorType === 'guests')
	dropSessions(state, room.token, guests.map((a) => a.id))
	room.attendees = room.attendees.filter((a) => !guests.includes(a) || a.displayName !== '' || a.participantType !== GUEST || a.permissions !== 0)
}

/** Ends every session of these attendees (they left the room for good). */
export function dropSessions(state: SandboxState, token: string, attendeeIds: number[]): void {
	state.presence.sessions = state.presence.sessions.filter((s) => s.token !== token || !attendeeIds.includes(s.attendeeId))
}
