/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * An in-memory Talk client and registry for the creation flow, with a failure switch per method.
 */
import type { MeetingsApi } from '../../../src/api/meetings.ts'
import type { Meeting } from '../../../src/api/types.ts'
import type { ScheduleMeetingBody, TalkClient } from '../../../src/talk/client.ts'
import type { TalkParticipant, TalkRoom } from '../../../src/talk/types.ts'

import { OcsError } from '../../../src/api/ocs.ts'

export type FakeRoom = { participants: string[], bots: number[] } & Pick<TalkRoom, 'token' | 'type' | 'hasPassword' | 'listable' | 'lobbyState' | 'lobbyTimer' | 'messageExpiration' | 'sipEnabled' | 'callRecording' | 'description' | 'recordingConsent'>

export function fakeBackend(createAllFeature = true) {
	const rooms = new Map<string, FakeRoom>()
	const calls: string[] = []
	const failing = new Map<string, OcsError>()
	/** Every state a room had, to assert it was never public without password and lobby. */
	const history: FakeRoom[] = []
	let counter = 0

	const step = async (name: string) => {
		calls.push(name)
		const error = failing.get(name)
		if (error) {
			failing.delete(name)
			throw error
		}
	}
	const change = (token: string, patch: Partial<FakeRoom>) => {
		const room = rooms.get(token)
		if (!room) { throw new OcsError(404, '', '') }
		Object.assign(room, patch)
		history.push({ ...room })
		return room as unknown as TalkRoom
	}

	const scheduled: ({ token: string } & ScheduleMeetingBody)[] = []
	const talk: TalkClient = {
		createRoom: async (body) => {
			await step('createRoom')
			const token = `room${++counter}`
			const isPublic = body.roomType === 3 || (body.participants?.emails?.length ?? 0) > 0
			// Like Talk: only with conversation-creation-all does the create call take participants.
			const participants = createAllFeature ? [...(body.participants?.users ?? []), ...(body.participants?.emails ?? [])] : []
			const room: FakeRoom = {
				participants,
				bots: [],
				token,
				type: isPublic ? 3 : body.roomType,
				hasPassword: isPublic && (body.password ?? '') !== '',
				listable: body.listable ?? 0,
				lobbyState: body.lobbyState ?? 0,
				lobbyTimer: body.lobbyTimer ?? 0,
				messageExpiration: body.messageExpiration ?? 0,
				sipEnabled: body.sipEnabled ?? 0,
				callRecording: 0,
				recordingConsent: body.recordingConsent ?? 0,
				description: body.description ?? '',
			}
			rooms.set(token, room)
			history.push({ ...room })
			return { status: 201, data: room as unknown as TalkRoom }
		},
		getRoom: async (token) => {
			await step('getRoom')
			const room = rooms.get(token)
			if (!room) { throw new OcsError(404, '', '') }
			return { ...room } as unknown as TalkRoom
		},
		deleteRoom: async (token) => {
			await step('deleteRoom')
			rooms.delete(token)
		},
		makePublic: async (token, password) => (await step('makePublic'), { status: 200, data: change(token, { type: 3, hasPassword: password !== '' }) }),
		setLobby: async (token, state, timer) => (await step('setLobby'), { status: 200, data: change(token, { lobbyState: state, lobbyTimer: timer ?? 0 }) }),
		setMessageExpiration: async (token, seconds) => (await step('setMessageExpiration'), { status: 200, data: change(token, { messageExpiration: seconds }) }),
		setDescription: async (token, description) => (await step('setDescription'), { status: 200, data: change(token, { description }) }),
		setRecordingConsent: async (token, value) => (await step('setRecordingConsent'), { status: 200, data: change(token, { recordingConsent: value }) }),
		setSip: async (token, state) => (await step('setSip'), { status: 200, data: change(token, { sipEnabled: state }) }),
		addParticipant: async (token, participant) => (await step('addParticipant'), { status: 200, data: change(token, { participants: [...rooms.get(token)?.participants ?? [], participant] }) }),
		// Like Talk: the creator (alice, as in the registry) is a participant too, with the first attendee id.
		getParticipants: async (token) => {
			await step('getParticipants')
			const invited = (rooms.get(token)?.participants ?? []).filter((actorId) => actorId !== 'alice')
			return ['alice', ...invited].map((actorId, index) => ({ attendeeId: index + 1, actorType: actorId.includes('@') ? 'emails' : 'users', actorId }) as unknown as TalkParticipant)
		},
		getPeersInCall: async () => (await step('getPeersInCall'), []),
		enableBot: async (token, botId) => (await step('enableBot'), { status: 201, data: change(token, { bots: [...rooms.get(token)?.bots ?? [], botId] }) }),
		scheduleMeeting: async (token, body) => {
			await step('scheduleMeeting')
			scheduled.push({ token, ...body })
			return { status: 200, data: null }
		},
	}

	const registered: Meeting[] = []
	/** The guest password sent with each registration ('' = none). */
	const passwords: string[] = []
	const listed = (meeting: Meeting) => ({ ...meeting, status: { room: 'present' as const, moderator: true, participants: 1, guestLink: false, lobby: true, callActive: false, findings: [] } })
	const meetings: MeetingsApi = {
		register: async (token, plan, password) => {
			await step('register')
			passwords.push(password)
			const meeting = { id: registered.length + 1, token, owner: 'alice', createdAt: 0, plan } as Meeting
			registered.push(meeting)
			return meeting
		},
		list: async () => ({ meetings: registered.map(listed), nextCursor: null, now: Math.floor(Date.now() / 1000) }),
		find: async (token) => {
			const meeting = registered.find((m) => m.token === token)
			return meeting === undefined ? null : listed(meeting)
		},
		remove: async (token) => {
			registered.splice(registered.findIndex((meeting) => meeting.token === token), 1)
		},
	}

	return {
		scheduled,
		talk,
		meetings,
		rooms,
		calls,
		history,
		registered,
		passwords,
		failOnce: (method: string, error = new OcsError(500, '', '')) => failing.set(method, error),
	}
}
