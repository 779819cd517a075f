/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Safe Meeting's join guard as the PHP listeners apply it (lib/Policy/JoinRule.php, lib/Service/JoinGuard.php,
 * lib/Service/AutoLockService.php): who counts as already in (with the guests the app remembers), the
 * lock, the guests' time window, the lazy "N minutes after the start" lock and "when everyone invited
 * has joined".
 */
import type { Meeting, SandboxState } from '../state.ts'
import type { RoomState } from './model.ts'

import { now } from '../state.ts'
import { lockMeeting } from './lockActions.ts'
import { OWNER, USER_SELF_JOINED } from './model.ts'
import { sessionsOf } from './presence.ts'

export type JoinPresence = 'attendee' | 'returning-guest' | 'invited-guest' | 'newcomer'

export interface JoinAttempt {
	kind: 'user' | 'guest'
	presence: JoinPresence
	moderator: boolean
}

export type Verdict = { decision: 'allow' } | { decision: 'locked' } | { decision: 'outside-window', from: number, until: number }

const DEFAULT_GUEST_WINDOW_MINUTES = 30

export function meetingOf(state: SandboxState, token: string): Meeting | undefined {
	return state.meetings.find((m) => m.token === token)
}

/** Locks by plan when "N minutes after the start" has come; whether the meeting is locked now. */
function isLocked(state: SandboxState, meeting: Meeting): boolean {
	const { autoLock, autoLockMinutes } = meeting.plan.settings
	const started = meeting.lock.callStartedAt
	const autoLockedAt = state.presence.autoLockedAt.get(meeting.token)
	const mayStillLock = autoLockedAt === undefined || (started !== null && autoLockedAt < started)
	if (!meeting.lock.locked && autoLock === 'minutes-after-start' && started !== null && mayStillLock && now(state) >= started + autoLockMinutes * 60) {
		lockMeeting(state, meeting, null, 'minutes-after-start')
	}
	return meeting.lock.locked
}

/** JoinGuard::isLockedNow: whether the room is a safe meeting that is locked now. */
export function isLockedNow(state: SandboxState, token: string): boolean {
	const meeting = meetingOf(state, token)
	return meeting !== undefined && isLocked(state, meeting)
}

/** JoinRule::judge, for a safe meeting; anything else is allowed. */
export function judge(state: SandboxState, token: string, attempt: JoinAttempt): Verdict {
	const meeting = meetingOf(state, token)
	if (meeting === undefined || attempt.presence === 'attendee' || attempt.presence === 'returning-guest' || attempt.moderator) {
		return { decision: 'allow' }
	}
	if (attempt.kind === 'guest') {
		const minutes = (meeting.plan.settings as { guestWindowMinutes?: number }).guestWindowMinutes ?? DEFAULT_GUEST_WINDOW_MINUTES
		const from = meeting.plan.start - minutes * 60
		const until = meeting.plan.end
		if (now(state) < from || now(state) > until) {
			return { decision: 'outside-window', from, until }
		}
	}
	return isLocked(state, meeting) && attempt.presence !== 'invited-guest' ? { decision: 'locked' } : { decision: 'allow' }
}

/** GuestJoinedListener: a guest who joined a safe meeting is remembered by Talk's actor id. */
export function rememberGuest(state: SandboxState, token: string, actorId: string): void {
	if (meetingOf(state, token) !== undefined) {
		const remembered = state.presence.rememberedGuests.get(token) ?? new Set<string>()
		state.presence.rememberedGuests.set(token, remembered.add(actorId))
	}
}

/**
 * TalkJoins: a guest whose browser session names a guest who joined before is returning, also when
 * Talk has cleaned their attendee up since.
 */
export function withRememberedGuest(state: SandboxState, token: string, attempt: JoinAttempt, guestActorId: string | undefined): JoinAttempt {
	const remembered = guestActorId !== undefined && state.presence.rememberedGuests.get(token)?.has(guestActorId) === true
	return attempt.kind === 'guest' && attempt.presence === 'newcomer' && remembered ? { ...attempt, presence: 'returning-guest' } : attempt
}

/** The refused-joins count the moderators see (a number, never who). */
export function countRefusal(state: SandboxState, token: string): void {
	const meeting = meetingOf(state, token)
	if (meeting !== undefined) {
		meeting.lock.refusedJoins++
	}
}

/** AutoLockService::afterJoin, when somebody joined the call: everyone invited by name (not the owner, not link users) is in the call. */
export function afterJoin(state: SandboxState, room: RoomState): void {
	const meeting = meetingOf(state, room.token)
	if (meeting === undefined || meeting.lock.locked || meeting.plan.settings.autoLock !== 'when-all-joined') {
		return
	}
	const autoLockedAt = state.presence.autoLockedAt.get(room.token)
	if (autoLockedAt !== undefined && (meeting.lock.callStartedAt === null || autoLockedAt >= meeting.lock.callStartedAt)) {
		return
	}
	const invited = room.attendees.filter((a) => a.actorType !== 'guests' && a.participantType !== OWNER && a.participantType !== USER_SELF_JOINED)
	// In the call, not only with the conversation open (TalkModeration::everyoneInvitedIsIn).
	if (invited.length > 0 && invited.every((a) => sessionsOf(state, room.token, a.id).some((s) => s.inCall !== 0))) {
		lockMeeting(state, meeting, null, 'all-joined')
	}
}
