import type { MeetingPlan } from '../../../src/policy/plan.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { OcsError } from '../../../src/api/ocs.ts'
import { planMeeting } from '../../../src/policy/planMeeting.ts'
import { createSafeMeeting, CreationError, MissingFeaturesError, NonCompliantRoomError } from '../../../src/services/createSafeMeeting.ts'
import { describeCreationFailure } from '../../../src/services/describeCreationFailure.ts'
import { choices, effective, NOW } from '../policy/builders.ts'
import { fakeBackend } from './fakeTalk.ts'

const PASSWORD = 'Correct-Horse-Battery-42'
const ALL = ['conversation-creation-all', 'webinary-lobby', 'message-expiration', 'room-description', 'recording-consent']
const FALLBACK = ALL.filter((f) => f !== 'conversation-creation-all').concat('conversation-creation-password')

function guestPlan(): MeetingPlan {
	const result = planMeeting(effective(), choices({ users: ['alice', 'bob'], emails: ['guest@example.org'], guestLink: true, password: PASSWORD }), NOW)
	if (!result.ok) { throw new Error('plan rejected') }
	return result.plan
}

function run(backend: ReturnType<typeof fakeBackend>, features: string[], plan = guestPlan(), botId: number | null = null) {
	return createSafeMeeting(plan, PASSWORD, { talk: backend.talk, meetings: backend.meetings, features: { available: true, features }, botId, now: () => NOW })
}

/** No room state may ever be public without password or without lobby. */
function expectNeverUnsafe(backend: ReturnType<typeof fakeBackend>) {
	expect(backend.history.filter((room) => room.type === 3 && (!room.hasPassword || room.lobbyState !== 1))).toEqual([])
}

describe('createSafeMeeting with conversation-creation-all', () => {
	it('creates the room in one request, then registers it', async () => {
		const backend = fakeBackend()
		const { token } = await run(backend, ALL)
		expect(backend.calls).toEqual(['createRoom', 'register'])
		expect(backend.rooms.get(token)).toMatchObject({ type: 3, hasPassword: true, lobbyState: 1, listable: 0, messageExpiration: 604800, sipEnabled: 0, participants: ['alice', 'bob', 'guest@example.org'] })
		expect(backend.registered[0]!.plan).not.toHaveProperty('participants')
		// Talk keeps only a hash: the server checks the guest password's length at registration.
		expect(backend.passwords).toEqual([PASSWORD])
		expectNeverUnsafe(backend)
	})

	it('enables the Safe Meeting bot before registering, so lock notices and chat commands work', async () => {
		const backend = fakeBackend()
		const { token } = await run(backend, ALL, guestPlan(), 7)
		expect(backend.calls).toEqual(['createRoom', 'enableBot', 'register'])
		expect(backend.rooms.get(token)?.bots).toEqual([7])
	})

	it('deletes the room again when the bot cannot be enabled', async () => {
		const backend = fakeBackend()
		backend.failOnce('enableBot', new OcsError(400, 'bot', ''))
		const error = await run(backend, ALL, guestPlan(), 7).catch((e) => e)
		expect(error).toMatchObject({ step: 'bot', rolledBack: true })
		expect(backend.rooms.size).toBe(0)
		expect(describeCreationFailure(error, 'Board meeting').message).toContain('adding the Safe Meeting bot')
	})

	it('deletes the room again when registration fails', async () => {
		const backend = fakeBackend()
		backend.failOnce('register', new OcsError(400, '', '', { message: 'weaker than policy' }))
		const error = await run(backend, ALL).catch((e) => e)
		expect(error).toBeInstanceOf(CreationError)
		expect(error).toMatchObject({ step: 'register', rolledBack: true })
		expect(backend.rooms.size).toBe(0)
		expect(backend.calls.at(-1)).toBe('deleteRoom')
	})

	it('blames the server, not Talk, when registration fails internally', async () => {
		const backend = fakeBackend()
		backend.failOnce('register', new OcsError(500, '', ''))
		const text = describeCreationFailure(await run(backend, ALL).catch((e) => e), 'Board meeting').message
		expect(text).toContain('The server had an internal error.')
		expect(text).not.toContain('Talk had')
	})

	it('deletes a room that Talk created weaker than asked', async () => {
		const backend = fakeBackend()
		const createRoom = backend.talk.createRoom
		backend.talk.createRoom = async (body) => createRoom({ ...body, lobbyState: 0 })
		const error = await run(backend, ALL).catch((e) => e)
		expect(error).toMatchObject({ step: 'verify', rolledBack: true })
		expect((error as CreationError).cause).toBeInstanceOf(NonCompliantRoomError)
		expect(backend.rooms.size).toBe(0)
		expect(backend.registered).toEqual([])
	})

	it('reports when the room could not be deleted again, naming it by its title', async () => {
		const backend = fakeBackend()
		backend.failOnce('register')
		backend.failOnce('deleteRoom')
		const error = await run(backend, ALL).catch((e) => e) as CreationError
		expect(error.rolledBack).toBe(false)
		const failure = describeCreationFailure(error, 'R&D weekly')
		expect(failure.message).toContain('The conversation "R&D weekly" could not be deleted again.')
		expect(failure.message).not.toContain(error.token!)
		expect(failure.leftover).toEqual({ token: error.token, title: 'R&D weekly' })
	})

	it.each([{ features: ALL }, { features: FALLBACK }])('never touches a conversation Talk answers with 200 as already existing (Talk 24)', async ({ features }) => {
		const backend = fakeBackend()
		const createRoom = backend.talk.createRoom
		backend.talk.createRoom = async (body) => ({ ...(await createRoom(body)), status: 200 })
		const error = await run(backend, features).catch((e) => e) as CreationError
		expect(error).toMatchObject({ step: 'create', token: null, rolledBack: false })
		expect(describeCreationFailure(error, 'Board meeting').message).toContain('already existed')
		expect(backend.calls).toEqual(['createRoom'])
	})

	it('creates nothing when Talk refuses the room', async () => {
		const backend = fakeBackend()
		backend.failOnce('createRoom', new OcsError(400, 'password', 'Password is too weak'))
		const error = await run(backend, ALL).catch((e) => e) as CreationError
		expect(error).toMatchObject({ step: 'create', token: null, rolledBack: false })
		expect(describeCreationFailure(error, 'Board meeting').message).toContain('Password is too weak')
		expect(backend.calls).toEqual(['createRoom'])
	})
})

describe('createSafeMeeting without conversation-creation-all', () => {
	it('configures a private room first and makes it public with its password last', async () => {
		const backend = fakeBackend(false)
		const { token } = await run(backend, FALLBACK)
		expect(backend.rooms.get(token)!.participants).toEqual(['alice', 'bob', 'guest@example.org'])
		expect(backend.calls).toEqual(['createRoom', 'addParticipant', 'addParticipant', 'setLobby', 'setMessageExpiration', 'setDescription', 'setRecordingConsent', 'makePublic', 'addParticipant', 'getRoom', 'register'])
		expect(backend.rooms.get(token)).toMatchObject({ type: 3, hasPassword: true, lobbyState: 1, messageExpiration: 604800 })
		expect(backend.history[0]).toMatchObject({ type: 2 })
		expectNeverUnsafe(backend)
	})

	it.each(['createRoom', 'setLobby', 'setMessageExpiration', 'setDescription', 'setRecordingConsent', 'makePublic', 'addParticipant', 'getRoom', 'register'])(
		'leaves no room behind when %s fails once',
		async (method) => {
			const backend = fakeBackend()
			backend.failOnce(method)
			const error = await run(backend, FALLBACK).catch((e) => e)
			expect(error).toBeInstanceOf(CreationError)
			expect(backend.rooms.size).toBe(0)
			expect(backend.registered).toEqual([])
			expect(describeCreationFailure(error, 'Board meeting')).toMatchObject({ message: expect.stringMatching(/nothing was kept|No conversation was created/), leftover: null })
			expectNeverUnsafe(backend)
		},
	)

	it('accepts that a server without recording cannot require consent (412)', async () => {
		const backend = fakeBackend()
		backend.failOnce('setRecordingConsent', new OcsError(412, 'config', ''))
		await expect(run(backend, FALLBACK)).resolves.toHaveProperty('token')
	})
})

describe('createSafeMeeting capability checks', () => {
	it('refuses before creating anything when the server cannot expire chat messages', async () => {
		const backend = fakeBackend()
		const error = await run(backend, ALL.filter((f) => f !== 'message-expiration')).catch((e) => e)
		expect(error).toBeInstanceOf(MissingFeaturesError)
		expect((error as MissingFeaturesError).missing.map((m) => m.feature)).toEqual(['message-expiration'])
		expect(backend.calls).toEqual([])
	})

	it('refuses when Talk is not available at all', async () => {
		const backend = fakeBackend()
		const error = await createSafeMeeting(guestPlan(), PASSWORD, { talk: backend.talk, meetings: backend.meetings, features: { available: false, features: [] }, botId: null, now: () => NOW }).catch((e) => e)
		expect(error).toBeInstanceOf(MissingFeaturesError)
		expect(backend.calls).toEqual([])
	})
})
