/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Whether a change to a registered room weakens what its plan set (design.md §6). The server enforces
 * this in lib/Policy/ModificationGuard.php; the sandbox uses this twin so it answers Talk's API the way
 * a Nextcloud with Safe Meeting installed does. Both run tests/fixtures/policy/modifications.json.
 */
import type { CheckablePlan, FindingCode } from './checkRoom.ts'

import { carriesNotice } from './description.ts'
import { doorOpensAt } from './guestWindow.ts'

/**
 * The Talk room properties the guard watches (Talk's ARoomModifiedEvent::PROPERTY_* names); an attendee's
 * `permissions` (a participant property) is guarded too.
 */
export const GUARDED_PROPERTIES = ['password', 'listable', 'lobby', 'messageExpiration', 'sipEnabled', 'recordingConsent', 'type', 'description', 'defaultPermissions', 'breakoutRoomMode'] as const

/** Talk's attendee permission bit "ignore the lobby"; masks run to 511 since Talk 24 (bit 256, react). */
const LOBBY_IGNORE = 8

export interface RoomModification {
	property: string
	newValue: string | number | null
	oldValue: string | number | null
	/** The lobby timer that comes with a lobby change (unix seconds), null for none. */
	lobbyTimer: number | null
	/** Talk's lobby timer opened the lobby by itself (while reading the room). */
	timerReached: boolean
	/** A participant asked for it through Talk's API (not a background job or another app). */
	byUser: boolean
	/** Permissions only: the mask a new value of 0 ("default") stands for. */
	inheritedPermissions?: number | null
}

export type GuardCode = FindingCode | 'recording-consent' | 'lobby-bypass' | 'breakout-rooms'

export interface GuardVerdict {
	action: 'allow' | 'veto' | 'warn'
	code: GuardCode | ''
}

/** Refuses a participant's weakening change; a background path is never interrupted, only logged. */
export function guardModification(plan: CheckablePlan, change: RoomModification, now: number): GuardVerdict {
	const code = breach(plan, change, now)
	if (code === null) {
		return { action: 'allow', code: '' }
	}
	return { action: !change.byUser || change.timerReached ? 'warn' : 'veto', code }
}

function breach(plan: CheckablePlan, change: RoomModification, now: number): GuardCode | null {
	const { talk } = plan
	const value = change.newValue
	const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)
	switch (change.property) {
		case 'password':
			// Talk fires `password` only for public rooms, with the new password in clear; '' removes it.
			// Without the password_policy app Talk has no length rule of its own, so the plan's is kept here.
			return value === '' || (typeof value === 'string' && value.length < plan.settings.passwordMinLength) ? 'password' : null
		case 'listable':
		// Listed rooms let users in without the password (talk.md §4).
			return isInt(value) && value > 0 ? 'listable' : null
		case 'lobby':
			return lobbyBreach(plan, change, now)
		case 'messageExpiration':
			return talk.messageExpiration > 0 && isInt(value) && (value === 0 || value > talk.messageExpiration) ? 'chat-expiry' : null
		case 'sipEnabled':
		// 1 = dial-in with PIN, 2 = without PIN: anything above the plan's value is weaker.
			return isInt(value) && value > talk.sipEnabled ? 'sip' : null
		case 'recordingConsent':
			return talk.recordingConsent > 0 && value === 0 ? 'recording-consent' : null
		case 'type':
		// A group room (2) stands for "no guests"; only turning it public (3) lets guests in.
			return talk.roomType === 2 && value === 3 ? 'room-type' : null
		case 'description':
			return typeof value === 'string' && !carriesNotice(value, plan.privacyNotice) ? 'privacy-notice' : null
		case 'defaultPermissions':
		// Everyone without a permission of their own gets the default; 0 hands them the server's.
			return isInt(value) && skipsLobby(value !== 0 ? value : change.inheritedPermissions ?? 0) ? 'lobby-bypass' : null
		case 'permissions':
		// Only a new grant counts: restricting someone who already skips the lobby, or a reset, passes.
			return isInt(value) && skipsLobby(value) && !(isInt(change.oldValue) && skipsLobby(change.oldValue)) ? 'lobby-bypass' : null
		case 'breakoutRoomMode':
			return isInt(value) && value !== 0 ? 'breakout-rooms' : null
		default:
			return null
	}
}

function skipsLobby(mask: number): boolean {
	return mask > 0 && (mask & LOBBY_IGNORE) !== 0
}

function lobbyBreach(plan: CheckablePlan, change: RoomModification, now: number): GuardCode | null {
	const untilStart = plan.settings.lobby === 'until-start'
	if (change.newValue === 0) {
		if (change.oldValue === 0) {
			return null // already open: Talk re-saves the state without changing it
		}
		if (change.timerReached) {
			// A timer opens the lobby without a moderator: only "until start" plans, and not before the start.
			return untilStart && now >= plan.start ? null : 'lobby'
		}
		// A moderator admits the waiting participants by opening the lobby ("admit by moderator"), from
		// when guests may come; before, the meeting's door stays shut.
		return now >= doorOpensAt(plan) ? null : 'lobby'
	}
	if (change.lobbyTimer === null || change.oldValue === 0) {
		// Lobby on without a timer keeps the plan; turning an open lobby back on is better than refusing it.
		return null
	}
	// A timer opens the lobby without a moderator: never on a "moderated" plan, never before the start.
	return !untilStart || change.lobbyTimer < plan.start ? 'lobby-timer' : null
}
