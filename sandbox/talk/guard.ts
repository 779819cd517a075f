/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What a Nextcloud with Safe Meeting installed adds to Talk's API: a change that would weaken a
 * registered room is refused before it is written (lib/Listener/RoomGuardListener.php), with the
 * same answer Talk gives for its own exception types: 400 `{error: "value"}`.
 */
import type { SandboxState } from '../state.ts'
import type { RoomState } from './model.ts'

import { guardModification } from '../../src/policy/guardModification.ts'
import { OcsError } from '../ocs.ts'
import { now } from '../state.ts'
import { isLockedNow } from './lockGuard.ts'
import { badRequest } from './rooms.ts'

/**
 * Talk adds an e-mail guest even when it cannot make the room public, and with no event before it, so
 * the app refuses the request itself (lib/Middleware/TalkRequestGuardMiddleware.php) when the plan allows
 * no guests or the meeting is locked (admitting goes through the app, which invites the guest itself).
 * The sandbox's callers of this endpoint are moderators already (Talk checks that first here).
 */
export function guardGuestInvitation(state: SandboxState, room: RoomState): void {
	const meeting = state.meetings.find((m) => m.token === room.token)
	if (meeting !== undefined && meeting.plan.talk.roomType !== 3) {
		throw new OcsError(403, { error: 'new-participant', message: 'This safe meeting does not allow guests.' })
	}
	if (isLockedNow(state, room.token)) {
		throw new OcsError(403, { error: 'new-participant', message: 'This safe meeting is locked. Admit the guest with the meeting\'s controls or with /admit in the chat.' })
	}
}

/**
 * While locked, nobody becomes a new participant but through an admission (lib/Listener/AttendeeGuardListener.php);
 * Talk answers the veto (a ForbiddenException) with an empty 403.
 */
export function guardNewAttendee(state: SandboxState, room: RoomState): void {
	if (isLockedNow(state, room.token)) {
		throw new OcsError(403, [])
	}
}

export function guardChange(state: SandboxState, room: RoomState, property: string, newValue: string | number, oldValue: string | number, lobbyTimer: number | null = null): void {
	const meeting = state.meetings.find((m) => m.token === room.token)
	if (meeting === undefined) {
		return
	}
	// Requests to Talk's API are a participant's (the lazy lobby timer does not come through here).
	const verdict = guardModification(meeting.plan, { property, newValue, oldValue, lobbyTimer, timerReached: false, byUser: true }, now(state))
	if (verdict.action === 'veto') {
		throw property === 'password'
			? badRequest('value', 'This safe meeting must keep its password.')
			: badRequest('value')
	}
}
