/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Registering safe meetings: the plan is re-validated against the caller's effective policy and the
 * Talk room must already comply with it (checkRoom), as MeetingService does on the PHP side.
 */
import type { RegisteredPlan } from '../../src/policy/validatePlan.ts'
import type { OcsRoute } from '../ocs.ts'
import type { RoomState } from '../talk/model.ts'
import type { SandboxUser } from '../users.ts'

import { checkRoom } from '../../src/policy/checkRoom.ts'
import { validatePlan } from '../../src/policy/validatePlan.ts'
import { OWN_BASE } from '../config.ts'
import { fail, ok } from '../ocs.ts'
import { nextId, now } from '../state.ts'
import { formatRoom } from '../talk/format.ts'
import { isModerator } from '../talk/model.ts'
import { attendeeOf } from '../talk/rooms.ts'
import { findingMessage, violationMessage } from './messages.ts'
import { effectivePolicyOf } from './policy.ts'

const moderates = (room: RoomState | undefined, user: SandboxUser): boolean => room !== undefined && isModerator(attendeeOf(room, user))

export const meetingRoutes: OcsRoute[] = [
	{
		method: 'GET',
		template: `${OWN_BASE}/meetings`,
		// Created by the caller, or moderated by them in Talk (MeetingService::listFor). The server's own findings
		// come from Talk's server settings, which the sandbox does not model.
		handle: (ctx) => ok({ meetings: ctx.state.meetings.filter((m) => m.owner === ctx.user.id || moderates(ctx.state.rooms.get(m.token), ctx.user)).map((m) => ({ ...m, findings: [] })) }),
	},
	{
		method: 'POST',
		template: `${OWN_BASE}/meetings`,
		handle: (ctx) => {
			const token = String(ctx.body.token)
			const plan = ctx.body.plan as RegisteredPlan
			const room = ctx.state.rooms.get(token)
			const attendee = room === undefined ? undefined : attendeeOf(room, ctx.user)
			if (room === undefined || attendee === undefined) {
				return fail(404, { message: 'Conversation not found' })
			}
			if (!isModerator(attendee)) {
				return fail(403, { message: 'Only moderators of the conversation can register it' })
			}
			if (ctx.state.meetings.some((m) => m.token === token)) {
				return fail(409, { message: 'This conversation is already a safe meeting' })
			}
			const password = typeof ctx.body.password === 'string' ? ctx.body.password : ''
			const violations = validatePlan(effectivePolicyOf(ctx.state, ctx.user), plan, now(ctx.state), password).map(violationMessage)
			const found = checkRoom(plan, formatRoom(ctx.state, room, attendee) as never, now(ctx.state))
			// Like TalkAdapter's hash check: the password sent must be the room's guest password.
			if (room.type === 3 && room.password !== password) {
				found.push({ code: 'password-mismatch', expected: true, actual: false })
			}
			const findings = found.map(findingMessage)
			if (violations.length > 0 || findings.length > 0) {
				return fail(400, { message: 'The meeting plan or its conversation does not comply with the policy', violations: [...violations, ...findings] })
			}
			const lock = { locked: false, lockedAt: null, lockedBy: null, reason: null, refusedJoins: 0, callStartedAt: null }
			const meeting = { id: nextId(ctx.state), token, owner: ctx.user.id, createdAt: now(ctx.state), plan: structuredClone(plan), lock }
			ctx.state.meetings.push(meeting)
			return ok(meeting, 201)
		},
	},
]
