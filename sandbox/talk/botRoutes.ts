/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk's bot routes the meeting controls and the wizard use (talk.md, bots): enabling our bot in a
 * room.
 */
import type { OcsRoute } from '../ocs.ts'

import { fail, ok } from '../ocs.ts'
import { SAFE_MEETING_BOT } from './lockActions.ts'
import { moderatedRoom } from './rooms.ts'

const SPREED = '/ocs/v2.php/apps/spreed/api'

export const botRoutes: OcsRoute[] = [
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
