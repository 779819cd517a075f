/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk's RoomFormatter and participant list entries: stored rows → API objects for one caller.
 * Every required field of the `Room`/`Participant` schemas is filled (checked by the validator).
 */
import type { SandboxState } from '../state.ts'
import type { Attendee, RoomState } from './model.ts'

import { sipConfigured } from '../capabilities.ts'
import { isModerator, MODERATOR, OWNER, TYPE_ONE_TO_ONE } from './model.ts'

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

export function formatRoom(state: SandboxState, room: RoomState, attendee: Attendee | undefined): Record<string, unknown> {
	const moderator = isModerator(attendee)
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
		participantFlags: 0,
		permissions,
		defaultPermissions: room.permissions,
		callPermissions: 0,
		hasPassword: room.password !== '',
		hasCall: false,
		callFlag: 0,
		callRecording: room.callRecording,
		callStartTime: 0,
		canStartCall: moderator || (permissions & 2) === 2,
		canDeleteConversation: moderator && room.type !== TYPE_ONE_TO_ONE,
		canLeaveConversation: attendee !== undefined && !(moderator && moderators === 1 && users > 1),
		canEnableSIP: moderator && sipConfigured(state) && /^\d+$/.test(room.token),
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
		lastPing: 0,
		sessionId: '0',
		unreadMessages: 0,
		unreadMention: false,
		unreadMentionDirect: false,
		notificationLevel: room.type === TYPE_ONE_TO_ONE ? 1 : 2,
		notificationCalls: 1,
		liveTranscriptionLanguageId: '',
	}
}

export function formatParticipant(room: RoomState, attendee: Attendee): Record<string, unknown> {
	return {
		attendeeId: attendee.id,
		actorType: attendee.actorType,
		actorId: attendee.actorId,
		displayName: attendee.displayName,
		participantType: attendee.participantType,
		permissions: effectivePermissions(room, attendee),
		attendeePermissions: attendee.permissions,
		attendeePin: attendee.pin,
		inCall: 0,
		lastPing: 0,
		sessionIds: [],
		roomToken: room.token,
		...(attendee.invitedActorId === undefined ? {} : { invitedActorId: attendee.invitedActorId }),
	}
}
