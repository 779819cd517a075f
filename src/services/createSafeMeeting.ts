import type { MeetingsApi } from '../api/meetings.ts'
/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Creates a Talk room from a plan without an unsafe moment (design.md §2.2), verifies it and
 * registers it. Any failure deletes the room again, so no half-configured room survives.
 */
import type { Meeting } from '../api/types.ts'
import type { Finding } from '../policy/checkRoom.ts'
import type { MeetingPlan } from '../policy/plan.ts'
import type { RegisteredPlan } from '../policy/validatePlan.ts'
import type { MissingFeature, TalkFeatures } from '../talk/capabilities.ts'
import type { TalkClient } from '../talk/client.ts'
import type { CreateRoomBody, TalkRoom } from '../talk/types.ts'

import { OcsError } from '../api/ocs.ts'
import { checkRoom } from '../policy/checkRoom.ts'
import { CREATE_ALL, missingFeatures } from '../talk/capabilities.ts'

export type CreationStep = 'create' | 'invite-users' | 'lobby' | 'expiry' | 'description' | 'recording-consent' | 'sip' | 'public' | 'invite-emails' | 'verify' | 'bot' | 'register'

export interface CreationDeps {
	talk: TalkClient
	meetings: MeetingsApi
	features: TalkFeatures
	/** Talk's id of Safe Meeting's bot (lock notices and chat commands); null when Talk has none for us. */
	botId: number | null
	/** Unix seconds; injected so tests control time. */
	now: () => number
	onStep?: (step: CreationStep) => void
}

/** The server lacks something the plan needs; nothing was created. */
export class MissingFeaturesError extends Error {
	constructor(public readonly missing: MissingFeature[]) {
		super(missing.map((m) => m.message).join(' '))
		this.name = 'MissingFeaturesError'
	}
}

/** Talk created the room but it does not match the plan (e.g. a server that ignored a setting). */
export class NonCompliantRoomError extends Error {
	constructor(public readonly findings: Finding[]) {
		super(findings.map((f) => f.code).join(', '))
		this.name = 'NonCompliantRoomError'
	}
}

/** Some invitees could not be added; the creator must correct the list. */
export class InvalidParticipantsError extends Error {
	constructor(public readonly invalid: string[]) {
		super(invalid.join(', '))
		this.name = 'InvalidParticipantsError'
	}
}

/** A step failed. `rolledBack` says whether the room was deleted again. */
export class CreationError extends Error {
	constructor(
		public readonly step: CreationStep,
		public readonly cause: unknown,
		public readonly rolledBack: boolean,
		public readonly token: string | null,
	) {
		super(`Creating the safe meeting failed at step "${step}"`)
		this.name = 'CreationError'
	}
}

export interface CreatedMeeting {
	token: string
	meeting: Meeting
}

export async function createSafeMeeting(plan: MeetingPlan, password: string, deps: CreationDeps): Promise<CreatedMeeting> {
	const missing = missingFeatures(plan, deps.features)
	if (missing.length > 0) {
		throw new MissingFeaturesError(missing)
	}
	let token: string | null = null
	let step: CreationStep = 'create'
	const enter = (next: CreationStep) => {
		step = next
		deps.onStep?.(next)
	}
	try {
		enter('create')
		let room: TalkRoom
		if (deps.features.features.includes(CREATE_ALL)) {
			const created = newRoom(await deps.talk.createRoom(createAllBody(plan, password)))
			token = created.data.token
			rejectInvalidParticipants(created.data.invalidParticipants)
			room = created.data
		} else {
			const created = newRoom(await deps.talk.createRoom(privateRoomBody(plan)))
			token = created.data.token
			rejectInvalidParticipants(created.data.invalidParticipants)
			room = await configureStepByStep(token, plan, password, deps, enter)
		}
		enter('verify')
		const findings = checkRoom(plan, room, deps.now())
		if (findings.length > 0) {
			throw new NonCompliantRoomError(findings)
		}
		if (deps.botId !== null) {
			enter('bot')
			await deps.talk.enableBot(token, deps.botId)
		}
		enter('register')
		// Talk keeps only a hash of the guest password: the server checks it while it is still known.
		const meeting = await deps.meetings.register(token, toRegisteredPlan(plan), plan.talk.roomType === 3 ? password : '')
		return { token, meeting }
	} catch (cause) {
		throw new CreationError(step, cause, token !== null && await deleteQuietly(deps.talk, token), token)
	}
}

/**
 * Talk answers 201 (or 202 with invalid invitations) for a new conversation, 200 for one that already
 * existed (Talk 24 does so when creation meets an existing room): never configure, register or delete
 * someone's existing conversation.
 */
function newRoom<T>(created: { status: number, data: T }): { status: number, data: T } {
	if (created.status === 200) {
		throw new OcsError(200, 'existing-room', '')
	}
	return created
}

/**
 * Everything in one request (capability conversation-creation-all): the room is never weaker than planned.
 */
export function createAllBody(plan: MeetingPlan, password: string): CreateRoomBody {
	return {
		roomType: plan.talk.roomType,
		roomName: plan.title,
		password: plan.talk.roomType === 3 ? password : '',
		readOnly: 0,
		listable: plan.talk.listable,
		messageExpiration: plan.talk.messageExpiration,
		lobbyState: plan.talk.lobbyState,
		lobbyTimer: plan.talk.lobbyTimer,
		sipEnabled: plan.talk.sipEnabled,
		permissions: 0,
		recordingConsent: plan.talk.recordingConsent,
		mentionPermissions: 0,
		description: plan.description,
		participants: { users: plan.participants.users, emails: plan.participants.emails },
	}
}

/**
 * Without conversation-creation-all Talk ignores most creation fields (participants too), and an
 * e-mail invitee would make the room public at once. So: a private room, its users one by one, then
 * lobby and the rest, and only then public with its password in one call, and only then the e-mail guests.
 */
export function privateRoomBody(plan: MeetingPlan): CreateRoomBody {
	return { roomType: 2, roomName: plan.title } as CreateRoomBody
}

async function configureStepByStep(token: string, plan: MeetingPlan, password: string, deps: CreationDeps, enter: (step: CreationStep) => void): Promise<TalkRoom> {
	for (const user of plan.participants.users) {
		enter('invite-users')
		await deps.talk.addParticipant(token, user, 'users')
	}
	enter('lobby')
	await deps.talk.setLobby(token, 1, plan.talk.lobbyTimer)
	if (plan.talk.messageExpiration > 0) {
		enter('expiry')
		await deps.talk.setMessageExpiration(token, plan.talk.messageExpiration)
	}
	if (plan.description !== '') {
		enter('description')
		await deps.talk.setDescription(token, plan.description)
	}
	if (deps.features.features.includes('recording-consent')) {
		enter('recording-consent')
		await setConsentUnlessRecordingUnavailable(deps.talk, token)
	}
	if (plan.talk.sipEnabled !== 0) {
		enter('sip')
		await deps.talk.setSip(token, plan.talk.sipEnabled)
	}
	if (plan.talk.roomType === 3) {
		enter('public')
		await deps.talk.makePublic(token, password)
		for (const email of plan.participants.emails) {
			enter('invite-emails')
			await deps.talk.addParticipant(token, email, 'emails')
		}
	}
	enter('verify')
	return deps.talk.getRoom(token)
}

/**
 * Talk answers 412 when the server cannot record at all, which already satisfies "no recording".
 */
async function setConsentUnlessRecordingUnavailable(talk: TalkClient, token: string): Promise<void> {
	try {
		await talk.setRecordingConsent(token, 1)
	} catch (error) {
		if (!(error instanceof OcsError && error.status === 412)) {
			throw error
		}
	}
}

function rejectInvalidParticipants(invalid: { users?: string[], emails?: string[] } | undefined): void {
	const list = [...(invalid?.users ?? []), ...(invalid?.emails ?? [])]
	if (list.length > 0) {
		throw new InvalidParticipantsError(list)
	}
}

/**
 * Data minimisation: the registry keeps the plan, not who was invited.
 */
export function toRegisteredPlan(plan: MeetingPlan): RegisteredPlan {
	const { participants, ...rest } = plan
	return rest
}

async function deleteQuietly(talk: TalkClient, token: string): Promise<boolean> {
	try {
		await talk.deleteRoom(token)
		return true
	} catch {
		return false
	}
}
