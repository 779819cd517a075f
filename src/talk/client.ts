import type { OcsResult } from '../api/ocs.ts'
import type { operations } from './openapi.d.ts'
import type { CallPeer, CreateRoomBody, TalkParticipant, TalkRoom } from './types.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The Talk OCS endpoints Safe Meeting uses (talk.md §§3–7), typed from Talk's OpenAPI contract.
 */
import { generateOcsUrl } from '@nextcloud/router'
import { ocsRequest } from '../api/ocs.ts'

type Body<Op extends keyof operations> = operations[Op] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never

const room = (token = '') => generateOcsUrl('/apps/spreed/api/v4/room' + (token === '' ? '' : '/{token}'), { token })
const roomPath = (token: string, path: string) => generateOcsUrl('/apps/spreed/api/v4/room/{token}/' + path, { token })
const call = (token: string) => generateOcsUrl('/apps/spreed/api/v4/call/{token}', { token })
const bot = (token: string, botId: number) => generateOcsUrl('/apps/spreed/api/v1/bot/{token}/{botId}', { token, botId })

export interface CreatedRoom extends TalkRoom {
	/** Present with HTTP 202: invitees Talk could not add. */
	invalidParticipants?: { users?: string[], emails?: string[] }
}

export const talkClient = {
	createRoom: (body: CreateRoomBody): Promise<OcsResult<CreatedRoom>> => ocsRequest('POST', room(), body),
	getRoom: async (token: string): Promise<TalkRoom> => (await ocsRequest<TalkRoom>('GET', room(token))).data,
	deleteRoom: async (token: string): Promise<void> => {
		await ocsRequest('DELETE', room(token))
	},
	makePublic: (token: string, password: string) => ocsRequest('POST', roomPath(token, 'public'), { password } satisfies Body<'room-make-public'>),
	setLobby: (token: string, state: 0 | 1, timer: number | null) => ocsRequest<TalkRoom>('PUT', roomPath(token, 'webinar/lobby'), { state, timer } satisfies Body<'room-set-lobby'>),
	setMessageExpiration: (token: string, seconds: number) => ocsRequest('POST', roomPath(token, 'message-expiration'), { seconds } satisfies Body<'room-set-message-expiration'>),
	setDescription: (token: string, description: string) => ocsRequest('PUT', roomPath(token, 'description'), { description } satisfies Body<'room-set-description'>),
	setRecordingConsent: (token: string, recordingConsent: 0 | 1) => ocsRequest('PUT', roomPath(token, 'recording-consent'), { recordingConsent } satisfies Body<'room-set-recording-consent'>),
	setSip: (token: string, state: 0 | 1 | 2) => ocsRequest('PUT', roomPath(token, 'webinar/sip'), { state } satisfies Body<'room-setsip-enabled'>),
	/** Everyone in the conversation with their attendee ids (moderators and users see all). */
	getParticipants: async (token: string): Promise<TalkParticipant[]> => (await ocsRequest<TalkParticipant[]>('GET', roomPath(token, 'participants'))).data,
	addParticipant: (token: string, newParticipant: string, source: 'users' | 'emails') => ocsRequest('POST', roomPath(token, 'participants'), { newParticipant, source } satisfies Body<'room-add-participant-to-room'>),
	/** Who is in the call now (talk.md §10). */
	getPeersInCall: async (token: string): Promise<CallPeer[]> => (await ocsRequest<CallPeer[]>('GET', call(token))).data,
	/** Enables a bot in the room (moderators; 200 when it was enabled already). */
	enableBot: (token: string, botId: number) => ocsRequest('POST', bot(token, botId)),
	/** Puts the conversation into a calendar of the caller as an event inviting its participants (capability schedule-meeting). */
	scheduleMeeting: (token: string, body: ScheduleMeetingBody) => ocsRequest('POST', roomPath(token, 'meeting'), body),
}

export type ScheduleMeetingBody = Body<'room-schedule-meeting'>

export type TalkClient = typeof talkClient
