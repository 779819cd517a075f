/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { TalkRoom } from '../talk/types.ts'
import type { MeetingPlan } from './plan.ts'
import type { SettingValues } from './settings.ts'

import { carriesNotice } from './description.ts'
import { doorOpensAt } from './guestWindow.ts'

/**
 * The parts of a plan a room is checked against (a registered plan has no participants). Only the
 * settings named here are read: plans registered before a setting existed lack it.
 */
export type CheckablePlan = Pick<MeetingPlan, 'start' | 'privacyNotice' | 'talk'> & { settings: Pick<SettingValues, 'lobby' | 'recording' | 'passwordMinLength'> & Partial<Pick<SettingValues, 'guestWindowMinutes'>> }
export type CheckableRoom = Pick<TalkRoom, 'type' | 'hasPassword' | 'listable' | 'lobbyState' | 'lobbyTimer' | 'messageExpiration' | 'sipEnabled' | 'callRecording' | 'recordingConsent' | 'description'>

/** `password-mismatch` comes from registration only: the password sent is not the room's (only the server can tell). */
export type FindingCode = 'room-type' | 'password' | 'listable' | 'lobby' | 'lobby-timer' | 'chat-expiry' | 'sip' | 'recording' | 'recording-consent' | 'privacy-notice' | 'password-mismatch'

export interface Finding {
	code: FindingCode
	expected: string | number | boolean
	actual: string | number | boolean
}

/** Talk's callRecording values that mean "no recording is running or starting". */
const NOT_RECORDING = [0, 5]

/**
 * What a Talk room does differently from its plan; empty means compliant.
 * A room may be stricter than planned (shorter expiry, no SIP) and still comply.
 */
export function checkRoom(plan: CheckablePlan, room: CheckableRoom, now: number): Finding[] {
	const findings: Finding[] = []
	const add = (code: FindingCode, expected: Finding['expected'], actual: Finding['actual']) => findings.push({ code, expected, actual })

	if (room.type !== plan.talk.roomType && !(room.type === 2 && plan.talk.roomType === 3)) {
		add('room-type', plan.talk.roomType, room.type)
	}
	if (room.type === 3 && !room.hasPassword) {
		add('password', true, false)
	}
	if (room.listable !== 0) {
		add('listable', 0, room.listable)
	}
	// The lobby may be open once the meeting's door opens: a moderator admitted the waiting participants,
	// or an "until start" room's timer opened it at the start.
	const lobbyMayBeOpen = now >= doorOpensAt(plan)
	if (room.lobbyState !== 1 && !lobbyMayBeOpen) {
		add('lobby', 1, room.lobbyState)
	} else if (room.lobbyState === 1 && room.lobbyTimer > 0 && (plan.settings.lobby === 'moderated' || room.lobbyTimer < plan.start)) {
		// A lobby timer opens the room by itself: only "until start" plans have one, and never before the start.
		add('lobby-timer', plan.talk.lobbyTimer ?? 0, room.lobbyTimer)
	}
	const planned = plan.talk.messageExpiration
	if (planned > 0 && (room.messageExpiration === 0 || room.messageExpiration > planned)) {
		add('chat-expiry', planned, room.messageExpiration)
	}
	// 1 = dial-in with PIN, 2 = without: anything above the plan's value is weaker.
	if (room.sipEnabled > plan.talk.sipEnabled) {
		add('sip', plan.talk.sipEnabled, room.sipEnabled)
	}
	if (plan.settings.recording === 'blocked' && !NOT_RECORDING.includes(room.callRecording)) {
		add('recording', 0, room.callRecording)
	}
	// Where recording is allowed, nobody may be recorded unasked. Talk reports the server's value here
	// unless moderators may decide per room, so this also catches a server that never asks.
	if (plan.settings.recording === 'with-consent' && room.recordingConsent !== 1) {
		add('recording-consent', 1, room.recordingConsent)
	}
	if (!carriesNotice(room.description, plan.privacyNotice)) {
		add('privacy-notice', true, false)
	}
	return findings
}
