/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What the sandbox stores per Talk room: Talk's database row plus its attendees, nothing formatted.
 */
/** talk.md §2: participant types. */
export const OWNER = 1
export const MODERATOR = 2
export const USER = 3
export const GUEST = 4
export const USER_SELF_JOINED = 5
export const GUEST_MODERATOR = 6

export const TYPE_ONE_TO_ONE = 1
export const TYPE_GROUP = 2
export const TYPE_PUBLIC = 3

/** talk.md §2: in-call flags. */
export const IN_CALL = 1
export const WITH_AUDIO = 2
export const WITH_VIDEO = 4

/** talk.md §2.1: permission bits. */
export const PERMISSION_START_CALL = 2
export const PERMISSION_LOBBY_IGNORE = 8
export const PERMISSION_PUBLISH_AUDIO = 16
export const PERMISSION_PUBLISH_VIDEO = 32

export interface Attendee {
	id: number
	actorType: 'users' | 'emails' | 'guests'
	actorId: string
	displayName: string
	participantType: number
	/** Own permission value (0 = inherit). */
	permissions: number
	/** Dial-in PIN, set for users while SIP is enabled. */
	pin: string
	/** For email invitees: the address they were invited with. */
	invitedActorId?: string
	/** For email invitees: the secret of their personal link. */
	accessToken?: string
}

export interface RoomState {
	id: number
	token: string
	type: number
	name: string
	description: string
	/** In clear: the sandbox is a test tool and tests must see what was set. Talk stores a hash. */
	password: string
	readOnly: number
	listable: number
	lobbyState: number
	/** Unix seconds, 0 = none. */
	lobbyTimer: number
	/** Sandbox-only: the lobby was opened by its own timer (planned, so not "unsafe"). */
	lobbyOpenedByTimer: boolean
	messageExpiration: number
	sipEnabled: number
	/** Conversation default permissions (custom bit added when non-zero). */
	permissions: number
	recordingConsent: number
	mentionPermissions: number
	objectType: string
	objectId: string
	callRecording: number
	/** Unix seconds the current call started, 0 = no call. */
	callStartTime: number
	avatarEmoji: string | null
	avatarColor: string | null
	avatarVersion: string
	lastActivity: number
	attendees: Attendee[]
}

export function isModerator(attendee: Attendee | undefined): boolean {
	return attendee !== undefined && [OWNER, MODERATOR, GUEST_MODERATOR].includes(attendee.participantType)
}
