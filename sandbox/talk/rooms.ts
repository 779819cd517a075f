/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk's RoomService/ParticipantService semantics on the in-memory rooms (talk.md §§3–7, 10).
 * Every change is recorded in the history with the request that caused it.
 */
import type { RequestInfo, SandboxState } from '../state.ts'
import type { SandboxUser } from '../users.ts'
import type { Attendee, RoomState } from './model.ts'
import type { Caller, Here } from './presence.ts'

import { createHash, randomBytes, randomInt } from 'node:crypto'
import { canUserEnableSip, sipConfigured } from '../capabilities.ts'
import { OcsError } from '../ocs.ts'
import { nextId, now, recordChange } from '../state.ts'
import { findUser } from '../users.ts'
import { guardChange, guardGuestInvitation, guardNewAttendee } from './guard.ts'
import { GUEST, isModerator, OWNER, TYPE_GROUP, TYPE_ONE_TO_ONE, TYPE_PUBLIC, USER, USER_SELF_JOINED } from './model.ts'
import { passwordPolicyHint } from './passwordPolicy.ts'
import { dropSessions, presenceOf } from './presence.ts'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** talk.md §2.2: object types `POST /room` accepts. */
const CREATABLE_OBJECT_TYPES = ['', 'event', 'instant_meeting', 'phone', 'phone_persist', 'phone_temporary', 'extended_conversation']
/** talk.md §5.1: object types where a lobby is allowed. */
const LOBBY_OBJECT_TYPES = ['', 'room', 'emails', 'event', 'extended_conversation', 'instant_meeting']

/**
 * 400 with Talk's `{error, message?}` payload.
 */
export function badRequest(error: string, message?: string): OcsError {
	return new OcsError(400, message === undefined ? { error } : { error, message })
}

function newToken(state: SandboxState): string {
	// talk.md §1: digits-only tokens when SIP is configured, else [a-z0-9].
	for (;;) {
		const token = sipConfigured(state)
			? String(randomInt(1e9, 1e10))
			: Array.from(randomBytes(8), (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('')
		if (!state.rooms.has(token)) {
			return token
		}
	}
}

const newPin = (): string => String(randomInt(1e9, 1e10))

function userAttendee(state: SandboxState, user: SandboxUser, participantType: number, room: RoomState): Attendee {
	return { id: nextId(state), actorType: 'users', actorId: user.id, displayName: user.displayName, participantType, permissions: 0, pin: room.sipEnabled > 0 ? newPin() : '' }
}

/**
 * Talk keys e-mail invitees by the SHA-256 (hex) of the lower-cased address (ParticipantService,
 * RoomController::addParticipantToRoom, GuestManager), so inviting the same address twice is one attendee.
 */
export const emailActorId = (email: string): string => createHash('sha256').update(email.toLowerCase()).digest('hex')

const HUMAN_READABLE = 'abcdefgijkmnopqrstwxyzABCDEFGHJKLMNPQRSTWXYZ23456789'

/** The e-mail guest's secret of their personal link: FederationManager::TOKEN_LENGTH characters of ISecureRandom::CHAR_HUMAN_READABLE. */
export const newAccessToken = (): string => Array.from({ length: 64 }, () => HUMAN_READABLE[randomInt(HUMAN_READABLE.length)]).join('')

/**
 * GuestManager::sendEmailInvitation: Talk mails the e-mail guest their personal link
 * (`spreed.Page.showCall` with `email` and `access`), which lets them in as that attendee.
 */
export function mailPersonalLink(state: SandboxState, room: RoomState, email: string, access: string, baseUrl: string): void {
	state.presence.mails.push({ to: email, token: room.token, link: `${baseUrl}/index.php/call/${room.token}?email=${encodeURIComponent(email)}&access=${access}` })
}

function emailAttendee(state: SandboxState, email: string): Attendee {
	return { id: nextId(state), actorType: 'emails', actorId: emailActorId(email), displayName: '', participantType: GUEST, permissions: 0, pin: '', invitedActorId: email.toLowerCase(), accessToken: newAccessToken() }
}

/** Adds an e-mail invitee unless the address is invited already, and mails them their personal link (ParticipantService::inviteEmailAddress). */
function inviteEmail(state: SandboxState, room: RoomState, email: string, baseUrl: string): void {
	if (!room.attendees.some((a) => a.actorType === 'emails' && a.actorId === emailActorId(email))) {
		const attendee = emailAttendee(state, email)
		room.attendees.push(attendee)
		mailPersonalLink(state, room, attendee.invitedActorId!, attendee.accessToken!, baseUrl)
	}
}

export function attendeeOf(room: RoomState, user: SandboxUser): Attendee | undefined {
	return room.attendees.find((a) => a.actorType === 'users' && a.actorId === user.id)
}

/**
 * Talk's lazy lobby timer: the first read after the timer switches the lobby off (talk.md §5.1).
 */
export function expireLobby(state: SandboxState, room: RoomState, info: RequestInfo): void {
	if (room.lobbyState === 1 && room.lobbyTimer > 0 && room.lobbyTimer <= now(state)) {
		room.lobbyState = 0
		room.lobbyTimer = 0
		room.lobbyOpenedByTimer = true
		recordChange(state, room, 'lobby-timer', info)
	}
}

/**
 * A room the caller may read: a participant, anyone for public rooms, users for listable ones. 404 otherwise.
 */
export function readableRoom(state: SandboxState, token: string, caller: Caller, info: RequestInfo): { room: RoomState, presence?: Here } {
	const room = state.rooms.get(token)
	if (room === undefined) {
		throw new OcsError(404, null)
	}
	const presence = presenceOf(state, room, caller)
	if (presence === undefined && room.type !== TYPE_PUBLIC && (caller.user === null || room.listable === 0)) {
		throw new OcsError(404, null)
	}
	expireLobby(state, room, info)
	return presence === undefined ? { room } : { room, presence }
}

/**
 * Talk's RequireParticipant middleware: 404 for unknown rooms and non-participants.
 */
export function participantRoom(state: SandboxState, token: string, caller: Caller, info: RequestInfo): { room: RoomState, attendee: Attendee } {
	const room = state.rooms.get(token)
	const presence = room === undefined ? undefined : presenceOf(state, room, caller)
	if (room === undefined || presence === undefined) {
		throw new OcsError(404, [])
	}
	expireLobby(state, room, info)
	return { room, attendee: presence.attendee }
}

/**
 * Talk's RequireModeratorParticipant middleware: 404 as above, 403 with empty data for non-moderators.
 */
export function moderatedRoom(state: SandboxState, token: string, user: SandboxUser, info: RequestInfo): RoomState {
	const room = state.rooms.get(token)
	const attendee = room === undefined ? undefined : attendeeOf(room, user)
	if (room === undefined || attendee === undefined) {
		throw new OcsError(404, [])
	}
	expireLobby(state, room, info)
	if (!isModerator(attendee)) {
		throw new OcsError(403, [])
	}
	return room
}

export interface CreateResult { room: RoomState, invalid: Record<string, string[]> }

const int = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback)
const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback)

/** RoomService::createConversation's value checks: field, Talk's reason, allowed values. */
const CREATION_VALUES: readonly [string, string, readonly number[]][] = [
	['readOnly', 'read-only', [0, 1]],
	['listable', 'listable', [0, 1, 2]],
	['lobbyState', 'lobby', [0, 1]],
	['sipEnabled', 'sip-enabled', [0, 1, 2]],
	['recordingConsent', 'recording-consent', [0, 1]],
	['mentionPermissions', 'mention-permissions', [0, 1]],
]

function checkCreationValues(p: Record<string, unknown>): void {
	for (const [field, reason, values] of CREATION_VALUES) {
		if (p[field] !== undefined && !values.includes(p[field] as number)) {
			throw badRequest(reason)
		}
	}
	if (int(p.messageExpiration, 0) < 0) {
		throw badRequest('message-expiration')
	}
	if (p.lobbyState === 1 && int(p.lobbyTimer, 0) < 0) {
		throw badRequest('lobby-timer')
	}
	const permissions = int(p.permissions, 0)
	if (permissions < 0 || permissions > 255) {
		throw badRequest('permissions')
	}
}

/**
 * RoomController::createRoom + RoomService::createConversation (talk.md §3.1).
 */
export function createRoom(state: SandboxState, creator: SandboxUser, body: Record<string, unknown>, info: RequestInfo, baseUrl: string): CreateResult {
	const all = state.features.has('conversation-creation-all')
	// Without the capability an older Talk simply does not know these parameters.
	const p = all ? body : { roomType: body.roomType, roomName: body.roomName, invite: body.invite, source: body.source, objectType: body.objectType, objectId: body.objectId, password: body.password }
	const withPassword = state.features.has('conversation-creation-password')

	let type = int(p.roomType, TYPE_GROUP)
	if (type === TYPE_ONE_TO_ONE) {
		throw badRequest('type', 'The sandbox does not simulate one-to-one conversations')
	}
	if (type !== TYPE_GROUP && type !== TYPE_PUBLIC) {
		throw badRequest('type')
	}
	const invite = str(p.invite)
	const participants = (p.participants ?? {}) as Record<string, string[] | undefined>
	// (fork) without the organization app nobody may add groups, teams, federated users or phones.
	if (invite !== '' || ['groups', 'teams', 'federated_users', 'phones'].some((key) => (participants[key]?.length ?? 0) > 0)) {
		throw new OcsError(404, { error: 'invite' })
	}
	const roomName = str(p.roomName).trim()
	if (roomName.length > 255) {
		throw badRequest('name')
	}
	const objectType = str(p.objectType)
	let objectId = str(p.objectId)
	if ((objectType === '') !== (objectId === '') && !objectType.startsWith('phone')) {
		throw badRequest('object')
	}
	if (objectType.length > 64) {
		throw badRequest('object-type')
	}
	if (objectId.length > 64) {
		throw badRequest('object-id')
	}
	if (!CREATABLE_OBJECT_TYPES.includes(objectType)) {
		throw badRequest('object-type')
	}
	if (objectType === 'event' && !/^\d+#\d+$/.test(objectId)) {
		throw badRequest('object-id')
	}
	if (objectType.startsWith('phone')) {
		objectId = 'phone'
	}
	checkCreationValues(p)
	const description = str(p.description)
	if (description.length > 2000) {
		throw badRequest('description')
	}
	const lobbyState = int(p.lobbyState, 0)
	if (lobbyState === 1 && !LOBBY_OBJECT_TYPES.includes(objectType)) {
		throw badRequest('lobby')
	}
	const emoji = p.emoji
	const avatarColor = p.avatarColor
	if (emoji !== undefined && emoji !== null && ([...new Intl.Segmenter().segment(str(emoji))].length !== 1 || !/\p{Extended_Pictographic}/u.test(str(emoji)))) {
		throw badRequest('avatar')
	}
	if (avatarColor !== undefined && avatarColor !== null && !/^[0-9a-fA-F]{6}$/.test(str(avatarColor))) {
		throw badRequest('avatar')
	}

	const emails = participants.emails ?? []
	const users = participants.users ?? []
	if (emails.length > 0) {
		// talk.md §3.1: any email invitee makes the room public.
		type = TYPE_PUBLIC
	}
	const password = withPassword && type === TYPE_PUBLIC ? str(p.password) : ''
	if (type === TYPE_PUBLIC && password === '' && state.config.forcePasswords) {
		throw badRequest('password', 'A password is required')
	}
	if (password !== '') {
		const hint = passwordPolicyHint(password)
		if (hint !== null) {
			throw badRequest('password', hint)
		}
	}

	const permissions = int(p.permissions, 0)
	const timestamp = now(state)
	const room: RoomState = {
		id: nextId(state),
		token: newToken(state),
		type,
		name: roomName === '' ? '---' : roomName,
		description,
		password,
		readOnly: int(p.readOnly, 0),
		listable: int(p.listable, 0),
		lobbyState,
		lobbyTimer: lobbyState === 1 ? int(p.lobbyTimer, 0) : 0,
		lobbyOpenedByTimer: false,
		messageExpiration: int(p.messageExpiration, 0),
		sipEnabled: int(p.sipEnabled, 0),
		permissions: permissions === 0 ? 0 : permissions | 1,
		recordingConsent: int(p.recordingConsent, 0),
		mentionPermissions: int(p.mentionPermissions, 0),
		objectType,
		objectId,
		callRecording: 0,
		callStartTime: 0,
		avatarEmoji: typeof emoji === 'string' ? emoji : null,
		avatarColor: typeof avatarColor === 'string' ? avatarColor : null,
		avatarVersion: randomBytes(4).toString('hex'),
		lastActivity: timestamp,
		attendees: [],
	}
	room.attendees.push(userAttendee(state, creator, OWNER, room))

	const invalid: Record<string, string[]> = {}
	for (const id of users) {
		const user = findUser(id)
		if (user === undefined) {
			(invalid.users ??= []).push(id)
		} else if (attendeeOf(room, user) === undefined) {
			room.attendees.push(userAttendee(state, user, USER, room))
		}
	}
	for (const email of emails) {
		if (!EMAIL.test(email)) {
			(invalid.emails ??= []).push(email)
		} else {
			inviteEmail(state, room, email, baseUrl)
		}
	}
	state.rooms.set(room.token, room)
	recordChange(state, room, 'created', info)
	return { room, invalid }
}

function change(state: SandboxState, room: RoomState, info: RequestInfo, mutate: () => void): void {
	const before = JSON.stringify(room)
	mutate()
	if (JSON.stringify(room) !== before) {
		room.lastActivity = now(state)
		recordChange(state, room, 'modified', info)
	}
}

function requireGroupOrPublic(room: RoomState, error = 'type'): void {
	if (room.type !== TYPE_GROUP && room.type !== TYPE_PUBLIC) {
		throw badRequest(error)
	}
}
/** The setters' RoomService checks: 400 `value` for a value Talk does not know. */
function requireOneOf(value: number, allowed: readonly number[]): void {
	if (!allowed.includes(value)) {
		throw badRequest('value')
	}
}

function requireNotBreakout(room: RoomState): void {
	if (room.objectType === 'room') {
		throw badRequest('breakout-room')
	}
}

export function deleteRoom(state: SandboxState, room: RoomState, info: RequestInfo): void {
	if (room.type === TYPE_ONE_TO_ONE) {
		throw new OcsError(400, null)
	}
	state.rooms.delete(room.token)
	state.presence.rememberedGuests.delete(room.token)
	dropSessions(state, room.token, room.attendees.map((a) => a.id))
	recordChange(state, room, 'deleted', info)
}

/**
 * talk.md §4: type 2 → 3; a no-op for rooms that already are public (password not changed).
 */
export function makePublic(state: SandboxState, room: RoomState, password: string, info: RequestInfo): void {
	requireNotBreakout(room)
	if (room.type === TYPE_PUBLIC) {
		return
	}
	if (room.type !== TYPE_GROUP) {
		throw badRequest('type')
	}
	const given = state.features.has('conversation-creation-password') ? password : ''
	if (given === '' && state.config.forcePasswords) {
		throw badRequest('password', 'A password is required')
	}
	if (given !== '') {
		const hint = passwordPolicyHint(given)
		if (hint !== null) {
			throw badRequest('password', hint)
		}
	}
	guardChange(state, room, 'type', TYPE_PUBLIC, room.type)
	guardChange(state, room, 'password', given, '')
	change(state, room, info, () => {
		room.type = TYPE_PUBLIC
		if (given !== '') {
			room.password = given
		}
	})
}

/**
 * type 3 → 2; guests, guest moderators and self-joined users leave; the stored password stays.
 */
export function makePrivate(state: SandboxState, room: RoomState, info: RequestInfo): void {
	requireNotBreakout(room)
	if (room.type === TYPE_GROUP) {
		return
	}
	if (room.type !== TYPE_PUBLIC) {
		throw badRequest('type')
	}
	const leaving = room.attendees.filter((a) => [GUEST, 5, 6].includes(a.participantType))
	change(state, room, info, () => {
		room.type = TYPE_GROUP
		room.attendees = room.attendees.filter((a) => !leaving.includes(a))
	})
	dropSessions(state, room.token, leaving.map((a) => a.id))
}

/**
 * Only public rooms; `''` removes the password and is NOT checked against force_passwords (talk.md §4).
 */
export function setPassword(state: SandboxState, room: RoomState, password: string, info: RequestInfo): void {
	requireNotBreakout(room)
	if (room.type !== TYPE_PUBLIC) {
		throw badRequest('type')
	}
	if (password !== '') {
		const hint = passwordPolicyHint(password)
		if (hint !== null) {
			throw badRequest('value', hint)
		}
	}
	guardChange(state, room, 'password', password, '')
	change(state, room, info, () => {
		room.password = password
	})
}

export function setLobby(state: SandboxState, room: RoomState, lobbyState: number, timer: number | null, info: RequestInfo): void {
	requireNotBreakout(room)
	requireGroupOrPublic(room)
	if (!LOBBY_OBJECT_TYPES.includes(room.objectType)) {
		throw badRequest('object')
	}
	requireOneOf(lobbyState, [0, 1])
	guardChange(state, room, 'lobby', lobbyState, room.lobbyState, timer !== null && timer > 0 ? timer : null)
	change(state, room, info, () => {
		room.lobbyState = lobbyState
		room.lobbyTimer = timer !== null && timer > 0 ? timer : 0
		room.lobbyOpenedByTimer = false
	})
}

export function setListable(state: SandboxState, room: RoomState, scope: number, info: RequestInfo): void {
	requireNotBreakout(room)
	requireGroupOrPublic(room)
	requireOneOf(scope, [0, 1, 2])
	guardChange(state, room, 'listable', scope, room.listable)
	change(state, room, info, () => {
		room.listable = scope
	})
}

export function setMessageExpiration(state: SandboxState, room: RoomState, seconds: number, info: RequestInfo): void {
	requireNotBreakout(room)
	if (room.type === TYPE_ONE_TO_ONE || room.type === 5) {
		throw badRequest('type')
	}
	if (seconds < 0) {
		throw badRequest('value')
	}
	guardChange(state, room, 'messageExpiration', seconds, room.messageExpiration)
	change(state, room, info, () => {
		room.messageExpiration = seconds
	})
}

/**
 * talk.md §6: logged-in moderator in the SIP bridge groups (403); 412 without SIP configuration; digits-only token.
 */
export function setSip(state: SandboxState, room: RoomState, sipState: number, user: SandboxUser, info: RequestInfo): void {
	if (!canUserEnableSip(state, user)) {
		throw new OcsError(403, { error: 'config' })
	}
	if (!sipConfigured(state)) {
		throw new OcsError(412, { error: 'config' })
	}
	requireNotBreakout(room)
	requireGroupOrPublic(room)
	requireOneOf(sipState, [0, 1, 2])
	if (!/^\d+$/.test(room.token)) {
		throw badRequest('token')
	}
	guardChange(state, room, 'sipEnabled', sipState, room.sipEnabled)
	change(state, room, info, () => {
		room.sipEnabled = sipState
		for (const attendee of room.attendees) {
			attendee.pin = sipState > 0 && attendee.actorType === 'users' ? (attendee.pin || newPin()) : attendee.pin
		}
	})
}

export function setRecordingConsent(state: SandboxState, room: RoomState, consent: number, info: RequestInfo): void {
	if (!state.config.recording && consent !== 0) {
		throw new OcsError(412, { error: 'config' })
	}
	requireNotBreakout(room)
	if (consent !== 0 && consent !== 1) {
		throw badRequest('value')
	}
	guardChange(state, room, 'recordingConsent', consent, room.recordingConsent)
	change(state, room, info, () => {
		room.recordingConsent = consent
	})
}

export function setDescription(state: SandboxState, room: RoomState, description: string, info: RequestInfo): void {
	if (room.type === TYPE_ONE_TO_ONE) {
		throw badRequest('type')
	}
	if (description.length > 2000) {
		throw badRequest('value')
	}
	guardChange(state, room, 'description', description, room.description)
	change(state, room, info, () => {
		room.description = description
	})
}

/**
 * talk.md §10: users or emails; an email turns a group room public WITHOUT any password check.
 */
export function addParticipant(state: SandboxState, room: RoomState, newParticipant: string, source: string, info: RequestInfo, baseUrl: string): Record<string, number> {
	if (source === 'users') {
		const user = findUser(newParticipant)
		if (user === undefined) {
			throw new OcsError(404, { error: 'new-participant' })
		}
		const existing = attendeeOf(room, user)
		if (existing === undefined) {
			guardNewAttendee(state, room)
		}
		change(state, room, info, () => {
			if (existing === undefined) {
				room.attendees.push(userAttendee(state, user, USER, room))
			} else if (existing.participantType === USER_SELF_JOINED) {
				// Inviting someone who joined by the link makes them a permanent participant.
				existing.participantType = USER
			}
		})
		return {}
	}
	if (source === 'emails') {
		if (room.type !== TYPE_GROUP && room.type !== TYPE_PUBLIC) {
			throw badRequest('room-type')
		}
		if (!EMAIL.test(newParticipant)) {
			throw badRequest('new-participant')
		}
		guardGuestInvitation(state, room)
		change(state, room, info, () => {
			room.type = TYPE_PUBLIC
			inviteEmail(state, room, newParticipant, baseUrl)
		})
		return { type: room.type }
	}
	// (fork) groups, teams, federated users and phones need the organization app.
	throw badRequest('source')
}
