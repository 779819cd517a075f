/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Our lock API (lib/Controller/LockController.php): lock, unlock, admit, end, for moderators of the
 * meeting's room only; everybody else gets the same answers as from the PHP controller.
 */
import type { OcsContext, OcsResult, OcsRoute } from '../ocs.ts'
import type { Meeting } from '../state.ts'
import type { Moderator } from '../talk/lockActions.ts'
import type { RoomState } from '../talk/model.ts'

import { OWN_BASE } from '../config.ts'
import { fail, ok } from '../ocs.ts'
import { admit, ADMIT_REFUSALS, endMeeting, lockMeeting, unlockMeeting } from '../talk/lockActions.ts'
import { isModerator } from '../talk/model.ts'
import { attendeeOf } from '../talk/rooms.ts'

type Action = (ctx: OcsContext, meeting: Meeting, room: RoomState, by: Moderator) => OcsResult

function moderated(method: string, path: string, action: Action): OcsRoute {
	return {
		method,
		template: `${OWN_BASE}/meetings/{token}/${path}`,
		handle: (ctx) => {
			const meeting = ctx.state.meetings.find((m) => m.token === ctx.params.token)
			const room = ctx.state.rooms.get(ctx.params.token!)
			const attendee = room === undefined ? undefined : attendeeOf(room, ctx.user)
			if (meeting === undefined || room === undefined || attendee === undefined) {
				return fail(404, { message: 'Safe meeting not found.' })
			}
			if (!isModerator(attendee)) {
				return fail(403, { message: 'Only moderators of this meeting can do this.' })
			}
			return action(ctx, meeting, room, { id: ctx.user.id, displayName: ctx.user.displayName })
		},
	}
}

export const lockRoutes: OcsRoute[] = [
	moderated('POST', 'lock', (ctx, meeting, _room, by) => {
		lockMeeting(ctx.state, meeting, by, 'moderator')
		return ok(meeting.lock)
	}),
	moderated('DELETE', 'lock', (ctx, meeting, _room, by) => {
		unlockMeeting(ctx.state, meeting, by)
		return ok(meeting.lock)
	}),
	moderated('POST', 'end', (ctx, meeting, _room, by) => {
		endMeeting(ctx.state, meeting, by)
		return ok(meeting.lock)
	}),
	moderated('POST', 'admissions', (ctx, meeting, room, by) => {
		const userId = typeof ctx.body.userId === 'string' && ctx.body.userId !== '' ? ctx.body.userId : undefined
		const email = typeof ctx.body.email === 'string' && ctx.body.email !== '' ? ctx.body.email : undefined
		if ((userId === undefined) === (email === undefined)) {
			return fail(400, { message: 'Give either a user name or an e-mail address.' })
		}
		const result = admit(ctx.state, meeting, room, by, { userId, email }, ctx.baseUrl)
		if (!result.ok) {
			const [status, message] = ADMIT_REFUSALS[result.reason]
			return fail(status, { message })
		}
		return ok({ admittedName: result.name }, 201)
	}),
]
