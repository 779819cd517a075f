/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk's call and bot routes the meeting controls and the wizard use (talk.md §10, bots): who is in
 * the call, and enabling our bot in a room.
 */
import type { OcsRoute } from '../ocs.ts'

import { fail, ok } from '../ocs.ts'
import { SAFE_MEETING_BOT } from './lockActions.ts'
import { isModerator } from './model.ts'
import { moderatedRoom, participantRoom } from './rooms.ts'

const SPREED = '/ocs/v2.php/apps/spreed/api'

export const callRoutes: OcsRoute[] = [
	{
		method: 'GET',
		template: `${SPREED}/v4/call/{token}`,
		handle: (ctx) => {
			const { room, attendee } = participantRoom(ctx.state, ctx.params.token!, ctx.user, ctx.info)
			if (room.lobbyState === 1 && !isModerator(attendee) && (attendee.permissions & 8) === 0) {
				return fail(412)
			}
			const peers = ctx.state.presence.sessions.filter((s) => s.token === room.token && s.inCall > 0).flatMap((session) => {
				const peer = room.attendees.find((a) => a.id === session.attendeeId)
				return peer === undefined ? [] : [{ actorType: peer.actorType, actorId: peer.actorId, displayName: peer.displayName, sessionId: session.sessionId, lastPing: session.lastPing, token: room.token }]
			})
			return ok(peers)
		},
	},
	{
		method: 'GET',
		template: `${SPREED}/v1/bot/{token}`,
		handle: (ctx) => {
			const room = moderatedRoom(ctx.state, ctx.params.token!, ctx.user, ctx.info)
			const enabled = (ctx.state.presence.bots.get(room.token) ?? []).includes(SAFE_MEETING_BOT.id)
			return ok([{ ...SAFE_MEETING_BOT, state: enabled ? 1 : 0 }])
		},
	},
	{
		method: 'POST',
		template: `${SPREED}/v1/bot/{token}/{botId}`,
		handle: (ctx) => {
			const room = moderatedRoom(ctx.state, ctx.params.token!, ctx.user, ctx.info)
			if (Number(ctx.params.botId) !== SAFE_MEETING_BOT.id) {
				return fail(400, { error: 'bot' })
			}
			const bots = ctx.state.presence.bots.get(room.token) ?? []
			const already = bots.includes(SAFE_MEETING_BOT.id)
			ctx.state.presence.bots.set(room.token, already ? bots : [...bots, SAFE_MEETING_BOT.id])
			return ok({ ...SAFE_MEETING_BOT, state: 1 }, already ? 200 : 201)
		},
	},
]
