/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk's RoomFormatter and participant list entries: stored rows → API objects for one caller.
 * Every required field of the `Room`/`Participant` schemas is filled (checked by the validator).
 */
import type { SandboxState } from '../state.ts'
import type { Attendee, RoomState } from './model.ts'
import type { RoomSession } from './presence.ts'

import { canUserEnableSip, sipConfigured } from '../capabilities.ts'
import { findUser } from '../users.ts'
import { isModerator, MODERATOR, OWNER, PERMISSION_LOBBY_IGNORE, TYPE_ONE_TO_ONE } from './model.ts'
import { sessionsOf } from './presence.ts'

/**
 * talk.md §2.1: moderators always get 254; else attendee → conversation default → server default 246.
 */
export function effectivePermissions(room: RoomState, attendee: Attendee | undefined): number {
	if (attendee === undefined) {
		return 0
	}
	if (isModerator(attendee)) {
		return 254
	}
	return attendee.permissions || room.permissions || 246
}

/**
 * talk.md §5.1: an active lobby holds back everyone but moderators and attendees allowed to ignore it.
 */
export function inLobby(room: RoomState, attendee: Attendee | undefined): boolean {
	return room.lobbyState === 1 && !isModerator(attendee) && (effectivePermissions(room, attendee) & PERMISSION_LOBBY_IGNORE) === 0
}

/** In-call flags of sessions, combined. */
const combinedFlags = (sessions: RoomSession[]): number => sessions.reduce((flags, s) => flags | s.inCall, 0)

/**
 * The room as `attendee` sees it, with `session` being the Talk session of this request, if any.
 */
export function formatRoom(state: SandboxState, room: RoomState, attendee: Attendee | undefined, session?: RoomSession): Record<string, unknown> {
	const moderator = isModerator(attendee)
	const lobbied = inLobby(room, attendee)
	const moderators = room.attendees.filter((a) => a.actorType === 'users' && (a.participantType === OWNER || a.participantType === MODERATOR)).length
	const users = room.attendees.filter((a) => a.actorType === 'users').length
	const permissions = effectivePermissions(room, attendee)
	return {
		id: room.id,
		token: room.token,
		type: room.type,
		name: room.name,
		displayName: room.name,
		description: room.description,
		actorType: attendee === undefined ? '' : attendee.actorType,
		actorId: attendee === undefined ? '' : attendee.actorId,
		attendeeId: attendee?.id ?? 0,
		attendeePermissions: attendee?.permissions ?? 0,
		attendeePin: room.sipEnabled > 0 && attendee !== undefined && attendee.pin !== '' ? attendee.pin : null,
		participantType: attendee?.participantType ?? 0,
		participantFlags: session?.inCall ?? 0,
		permissions,
		defaultPermissions: room.permissions,
		callPermissions: 0,
		hasPassword: room.password !== '',
		// Talk hides a running call from those waiting in the lobby.
		hasCall: room.callStartTime > 0 && !lobbied,
		callFlag: lobbied ? 0 : combinedFlags(state.presence.sessions.filter((s) => s.token === room.token)),
		callRecording: room.callRecording,
		callStartTime: lobbied ? 0 : room.callStartTime,
		canStartCall: moderator || (permissions & 2) === 2,
		canDeleteConversation: moderator && room.type !== TYPE_ONE_TO_ONE,
		canLeaveConversation: attendee !== undefined && !(moderator && moderators === 1 && users > 1),
		canEnableSIP: moderator && sipConfigured(state) && /^\d+$/.test(room.token) && attendee?.actorType === 'users' && canUserEnableSip(state, findUser(attendee.actorId)),
		sipEnabled: room.sipEnabled,
		readOnly: room.readOnly,
		listable: room.listable,
		lobbyState: room.lobbyState,
		lobbyTimer: room.lobbyTimer,
		messageExpiration: room.messageExpiration,
		// Server consent config is 2 ("moderators decide"), so the room's own value applies.
		recordingConsent: room.recordingConsent,
		mentionPermissions: room.mentionPermissions,
		objectType: room.objectType,
		objectId: room.objectId,
		breakoutRoomMode: 0,
		breakoutRoomStatus: 0,
		avatarVersion: room.avatarVersion,
		isCustomAvatar: room.avatarEmoji !== null,
		isFavorite: false,
		isArchived: false,
		isImportant: false,
		isSensitive: false,
		lastActivity: room.lastActivity,
		lastCommonReadMessage: 0,
		lastReadMessage: 0,
		lastPing: session?.lastPing ?? 0,
		sessionId: session?.sessionId ?? '0',
		unreadMessages: 0,
		unreadMention: false,
		unreadMentionDirect: false,
		notificationLevel: room.type === TYPE_ONE_TO_ONE ? 1 : 2,
		notificationCalls: 1,
		liveTranscriptionLanguageId: '',
	}
}

export function formatParticipant(state: SandboxState, room: RoomState, attendee: Attendee): Record<string, unknown> {
	const sessions = sessionsOf(state, room.token, attendee.id)
	return {
		attendeeId: attendee.id,
		actorType: attendee.actorType,
		actorId: attendee.actorId,
		displayName: attendee.displayName,
		participantType: attendee.participantType,
		permissions: effectivePermissions(room, attendee),
		attendeePermissions: attendee.permissions,
		attendeePin: attendee.pin,
		inCall: combinedFlags(sessions),
		lastPing: Math.max(0, ...sessions.map((s) => s.lastPing)),
		sessionIds: sessions.map((s) => s.sessionId),
		roomToken: room.token,
		...(attendee.invitedActorId === undefined ? {} : { invitedActorId: attendee.invitedActorId }),
	}
}
