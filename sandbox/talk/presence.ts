/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Who is in which room right now, and what each browser's Talk session remembers (talk.md §10,
 * Talk's TalkSession): the room password it passed, the guest attendee it joined as, the e-mail guest
 * its personal link authenticated. Also the chat, the bots enabled per room and the sandbox's outbox.
 */
import type { SandboxState } from '../state.ts'

/** Talk's TalkSession of one browser (kept in the PHP session in Nextcloud). */
export interface BrowserSession {
	id: string
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
}

export function createPresence(): Presence {
	return { browsers: new Map(), sessions: [], chat: [], mails: [], bots: new Map(), autoLockedAt: new Map() }
}

export function browserSession(state: SandboxState, id: string): BrowserSession {
	let session = state.presence.browsers.get(id)
	if (session === undefined) {
		session = { id, passwords: {}, guestActorIds: {}, emailActorIds: {}, refusals: {} }
		state.presence.browsers.set(id, session)
	}
	return session
}

export function sessionsOf(state: SandboxState, token: string, attendeeId: number): RoomSession[] {
	return state.presence.sessions.filter((s) => s.token === token && s.attendeeId === attendeeId)
}
