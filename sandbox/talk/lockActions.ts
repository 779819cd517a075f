/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Locking, unlocking, admitting and ending as LockService and AdmissionService do, with the bot's
 * chat notices (LockNoticeListener) where the room has our bot enabled.
 */
import type { LockState, Meeting, SandboxState } from '../state.ts'
import type { RoomState } from './model.ts'

import { createHash } from 'node:crypto'
import { nextId, now } from '../state.ts'
import { findUser } from '../users.ts'
import { endCallForEveryone } from './calls.ts'
import { GUEST, USER, USER_SELF_JOINED } from './model.ts'
import { mailPersonalLink, newAccessToken } from './rooms.ts'

/** Talk's id of Safe Meeting's bot in the sandbox (nextcloudapp://safe_meeting). */
export const SAFE_MEETING_BOT_ID = 1
export const SAFE_MEETING_BOT = { id: SAFE_MEETING_BOT_ID, name: 'Safe Meeting', description: 'Announces when a safe meeting is locked or unlocked. Moderators write /lock, /unlock, /admit followed by a user name or e-mail address, or /end.' }

/** A moderator as the notices and audit name them; null when the plan acted. */
export interface Moderator { id: string, displayName: string }

export type LockReason = NonNullable<LockState['reason']>

export function postAsBot(state: SandboxState, token: string, message: string): void {
	if (!(state.presence.bots.get(token) ?? []).includes(SAFE_MEETING_BOT_ID)) {
		return
	}
	state.presence.chat.push({ id: nextId(state), token, actorType: 'bots', actorId: 'bot-' + createHash('sha1').update('nextcloudapp://safe_meeting').digest('hex'), actorDisplayName: SAFE_MEETING_BOT.name, message, timestamp: now(state) })
}

/** @return whether it was locked now */
export function lockMeeting(state: SandboxState, meeting: Meeting, by: Moderator | null, reason: LockReason): boolean {
	if (meeting.lock.locked) {
		return false
	}
	meeting.lock = { ...meeting.lock, locked: true, lockedAt: now(state), lockedBy: by?.id ?? null, reason }
	// Every lock counts: after a moderator unlocks, the plan leaves the call open (MeetingMapper::lock).
	state.presence.autoLockedAt.set(meeting.token, now(state))
	// Users who joined by the link stay participants, so a dropped connection lets them back in.
	for (const attendee of state.rooms.get(meeting.token)?.attendees ?? []) {
		if (attendee.participantType === USER_SELF_JOINED) {
			attendee.participantType = USER
		}
	}
	postAsBot(state, meeting.token, reason === 'ended'
		? `The call was ended for everyone by ${by?.displayName ?? ''}. The meeting is locked.`
		: by === null
			? (reason === 'all-joined' ? '🔒 Everyone invited has joined, so the meeting locked itself. Everyone here stays; nobody new can join.' : '🔒 The meeting locked itself as planned after the call started. Everyone here stays; nobody new can join.')
			: `🔒 Meeting locked by ${by.displayName}. Everyone here stays; nobody new can join.`)
	return true
}

/** @return whether it was unlocked now */
export function unlockMeeting(state: SandboxState, meeting: Meeting, by: Moderator): boolean {
	if (!meeting.lock.locked) {
		return false
	}
	meeting.lock = { ...meeting.lock, locked: false, lockedAt: null, lockedBy: null, reason: null }
	postAsBot(state, meeting.token, `🔓 Meeting unlocked by ${by.displayName}.`)
	return true
}

/** Ends the call for everyone (everybody stays in the room) and locks. */
export function endMeeting(state: SandboxState, meeting: Meeting, by: Moderator): void {
	const room = state.rooms.get(meeting.token)
	if (room !== undefined) {
		endCallForEveryone(state, room)
	}
	lockMeeting(state, meeting, by, 'ended')
}

export type AdmitResult = { ok: true, name: string } | { ok: false, reason: 'unknown' | 'no-guests' | 'already-participant' }

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Why nobody was admitted: HTTP status and message, as LockController and the bot answer. */
export const ADMIT_REFUSALS = {
	unknown: [400, 'There is no user with that name, and it is not an e-mail address.'],
	'no-guests': [400, 'This safe meeting does not allow guests.'],
	'already-participant': [409, 'This person is a participant already and can join.'],
} as const

/** AdmissionService: makes the person a participant (a user, or an e-mail guest who is mailed the link). */
export function admit(state: SandboxState, meeting: Meeting, room: RoomState, by: Moderator, who: { userId?: string, email?: string }, baseUrl: string): AdmitResult {
	if (who.email !== undefined) {
		const email = who.email.toLowerCase()
		if (!EMAIL.test(email)) {
			return { ok: false, reason: 'unknown' }
		}
		if (meeting.plan.talk.roomType !== 3) {
			return { ok: false, reason: 'no-guests' }
		}
		const actorId = createHash('sha256').update(email).digest('hex')
		if (room.attendees.some((a) => a.actorType === 'emails' && a.actorId === actorId)) {
			return { ok: false, reason: 'already-participant' }
		}
		const access = newAccessToken()
		room.attendees.push({ id: nextId(state), actorType: 'emails', actorId, displayName: email, participantType: GUEST, permissions: 0, pin: '', invitedActorId: email, accessToken: access })
		mailPersonalLink(state, room, email, access, baseUrl)
		postAsBot(state, room.token, `A guest invited by e-mail was admitted by ${by.displayName}.`)
		return { ok: true, name: '' }
	}
	const user = findUser(who.userId)
	if (user === undefined) {
		return { ok: false, reason: 'unknown' }
	}
	if (room.attendees.some((a) => a.actorType === 'users' && a.actorId === user.id)) {
		return { ok: false, reason: 'already-participant' }
	}
	room.attendees.push({ id: nextId(state), actorType: 'users', actorId: user.id, displayName: user.displayName, participantType: USER, permissions: 0, pin: '' })
	postAsBot(state, room.token, `${user.displayName} was admitted by ${by.displayName}.`)
	return { ok: true, name: user.displayName }
}
