/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Chat messages and our bot's commands (lib/Bot/BotCommand.php, lib/Service/MeetingBot.php): Talk hands
 * every message of a room with the bot enabled to it; it acts on /lock, /unlock, /admit, /end.
 */
import type { SandboxState } from '../state.ts'
import type { Attendee, RoomState } from './model.ts'

import { nextId, now } from '../state.ts'
import { admit, ADMIT_REFUSALS, EMAIL, endMeeting, lockMeeting, postAsBot, SAFE_MEETING_BOT_ID, unlockMeeting } from './lockActions.ts'
import { meetingOf } from './lockGuard.ts'
import { isModerator } from './model.ts'

const COMMAND = /^\s*\/(lock|unlock|admit|end)(?:\s+(.*?))?\s*$/isu

/** Posts a message as the attendee; our bot (if enabled) may answer. */
export function sendMessage(state: SandboxState, room: RoomState, sender: Attendee, message: string, baseUrl: string): void {
	state.presence.chat.push({ id: nextId(state), token: room.token, actorType: sender.actorType, actorId: sender.actorId, actorDisplayName: sender.displayName, message, timestamp: now(state) })
	if ((state.presence.bots.get(room.token) ?? []).includes(SAFE_MEETING_BOT_ID)) {
		const answer = botAnswer(state, room, sender, message, baseUrl)
		if (answer !== null) {
			postAsBot(state, room.token, answer)
		}
	}
}

function botAnswer(state: SandboxState, room: RoomState, sender: Attendee, message: string, baseUrl: string): string | null {
	const match = COMMAND.exec(message)
	const name = match?.[1]?.toLowerCase()
	const argument = match?.[2] ?? ''
	if (match === null || name === undefined || (name !== 'admit' && argument !== '')) {
		return null
	}
	const meeting = meetingOf(state, room.token)
	if (meeting === undefined) {
		return 'This conversation is not a safe meeting, so there is nothing to lock.'
	}
	if (!isModerator(sender)) {
		return 'Sorry, only moderators can lock, unlock, admit or end this meeting.'
	}
	const by = { id: sender.actorId, displayName: sender.displayName }
	switch (name) {
		case 'lock': return lockMeeting(state, meeting, by, 'moderator') ? null : 'The meeting is already locked.'
		case 'unlock': return unlockMeeting(state, meeting, by) ? null : 'The meeting is not locked.'
		case 'end':
			endMeeting(state, meeting, by)
			return null
		default: {
			const who = argument.replace(/^@/, '')
			if (who === '') {
				return 'Whom should I admit? Write /admit followed by a user name or an e-mail address.'
			}
			const result = admit(state, meeting, room, by, EMAIL.test(who) ? { email: who } : { userId: who }, baseUrl)
			return result.ok ? null : ADMIT_REFUSALS[result.reason][1]
		}
	}
}
