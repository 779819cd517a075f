/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk's v4 conversation and call routes the sandbox simulates: permission checks like Talk's
 * middleware, then the RoomService semantics in rooms.ts, joins.ts and calls.ts, then the caller's view of
 * the room. Public routes (`#[PublicPage]` in Talk) also serve guests, known by their PHP session.
 */
import type { OcsContext, OcsRoute, PublicOcsContext } from '../ocs.ts'
import type { Caller } from './presence.ts'

import { TALK_BASE } from '../config.ts'
import { fail, ok } from '../ocs.ts'
import { scheduleMeeting } from './calendar.ts'
import * as calls from './calls.ts'
import { formatParticipant, formatRoom, inLobby } from './format.ts'
import * as joins from './joins.ts'
import { GUEST } from './model.ts'
import { setAttendeePermissions } from './permissions.ts'
import * as rooms from './rooms.ts'

type Context = OcsContext | PublicOcsContext

const callerOf = (ctx: Context): Caller => ({ user: ctx.user, browser: ctx.browser })

function route(method: string, path: string, handle: (ctx: OcsContext) => ReturnType<OcsRoute['handle']>, feature?: string): OcsRoute {
	return { method, template: TALK_BASE + path, handle, ...(feature === undefined ? {} : { feature }) }
}

function publicRoute(method: string, path: string, handle: (ctx: PublicOcsContext) => ReturnType<OcsRoute['handle']>): OcsRoute {
	return { method, template: TALK_BASE + path, public: true, handle }
}

/**
 * The room as the caller now sees it (Talk's moderator setters all return it).
 */
function view(ctx: Context, token: string) {
	const { room, presence } = rooms.readableRoom(ctx.state, token, callerOf(ctx), ctx.info)
	return ok(formatRoom(ctx.state, room, presence?.attendee, presence?.session))
}

/**
 * A moderator-only setter: 404/403 first, then the change, then the Room.
 */
function moderated(method: string, path: string, apply: (ctx: OcsContext, room: ReturnType<typeof rooms.moderatedRoom>) => void, feature?: string): OcsRoute {
	return route(method, path, (ctx) => {
		const room = rooms.moderatedRoom(ctx.state, ctx.params.token!, ctx.user, ctx.info)
		apply(ctx, room)
		return view(ctx, room.token)
	}, feature)
}

export const talkRoutes: OcsRoute[] = [
	route('GET', '/room', (ctx) => ok([...ctx.state.rooms.values()]
		.filter((room) => rooms.attendeeOf(room, ctx.user) !== undefined)
		.map((room) => view(ctx, room.token).data))),

	route('POST', '/room', (ctx) => {
		const { room, invalid } = rooms.createRoom(ctx.state, ctx.user, ctx.body, ctx.info, ctx.baseUrl)
		const data = formatRoom(ctx.state, room, rooms.attendeeOf(room, ctx.user))
		return Object.keys(invalid).length > 0 ? ok({ ...data, invalidParticipants: invalid }, 202) : ok(data, 201)
	}),

	publicRoute('GET', '/room/{token}', (ctx) => view(ctx, ctx.params.token!)),

	route('DELETE', '/room/{token}', (ctx) => {
		const room = rooms.moderatedRoom(ctx.state, ctx.params.token!, ctx.user, ctx.info)
		rooms.deleteRoom(ctx.state, room, ctx.info)
		return ok(null)
	}),

	moderated('POST', '/room/{token}/public', (ctx, room) => rooms.makePublic(ctx.state, room, String(ctx.body.password ?? ''), ctx.info)),
	moderated('DELETE', '/room/{token}/public', (ctx, room) => rooms.makePrivate(ctx.state, room, ctx.info)),
	moderated('PUT', '/room/{token}/password', (ctx, room) => rooms.setPassword(ctx.state, room, String(ctx.body.password), ctx.info)),
	moderated('PUT', '/room/{token}/webinar/lobby', (ctx, room) => {
		const state = Number(ctx.body.state)
		rooms.setLobby(ctx.state, room, state, typeof ctx.body.timer === 'number' ? ctx.body.timer : null, ctx.info)
		if (state === 1) {
			// RoomController::setLobby: switching the lobby on sends non-moderators out of the call.
			calls.disconnectNonModerators(ctx.state, room)
		}
	}, 'webinary-lobby'),
	moderated('PUT', '/room/{token}/listable', (ctx, room) => rooms.setListable(ctx.state, room, Number(ctx.body.scope), ctx.info), 'listable-rooms'),
	// No feature gate: the endpoint exists even where the capability is hidden (no cron, talk.md §7.1).
	moderated('POST', '/room/{token}/message-expiration', (ctx, room) => rooms.setMessageExpiration(ctx.state, room, Number(ctx.body.seconds), ctx.info)),
	moderated('PUT', '/room/{token}/webinar/sip', (ctx, room) => rooms.setSip(ctx.state, room, Number(ctx.body.state), ctx.user, ctx.info)),
	moderated('PUT', '/room/{token}/recording-consent', (ctx, room) => rooms.setRecordingConsent(ctx.state, room, Number(ctx.body.recordingConsent), ctx.info), 'recording-consent'),
	moderated('PUT', '/room/{token}/description', (ctx, room) => rooms.setDescription(ctx.state, room, String(ctx.body.description), ctx.info), 'room-description'),

	route('POST', '/room/{token}/participants', (ctx) => {
		const room = rooms.moderatedRoom(ctx.state, ctx.params.token!, ctx.user, ctx.info)
		return ok(rooms.addParticipant(ctx.state, room, String(ctx.body.newParticipant), String(ctx.body.source ?? 'users'), ctx.info, ctx.baseUrl))
	}),

	route('POST', '/room/{token}/meeting', (ctx) => {
		const room = rooms.moderatedRoom(ctx.state, ctx.params.token!, ctx.user, ctx.info)
		scheduleMeeting(ctx.state, room, ctx.user, ctx.body)
		return ok(null)
	}, 'schedule-meeting'),

	publicRoute('GET', '/room/{token}/participants', (ctx) => {
		const { room, attendee } = rooms.participantRoom(ctx.state, ctx.params.token!, callerOf(ctx), ctx.info)
		if (attendee.participantType === GUEST) {
			return fail(403, null)
		}
		if (inLobby(room, attendee)) {
			return fail(412)
		}
		// Guests without a session are not in the room any more (Talk cleans them up while listing).
		return ok(room.attendees.filter((a) => a.actorType !== 'guests' || joins.isIn(ctx.state, room, a)).map((a) => formatParticipant(ctx.state, room, a)))
	}),

	route('PUT', '/room/{token}/attendees/permissions', (ctx) => {
		const room = rooms.moderatedRoom(ctx.state, ctx.params.token!, ctx.user, ctx.info)
		const attendee = setAttendeePermissions(ctx.state, room, Number(ctx.body.attendeeId), String(ctx.body.method), Number(ctx.body.permissions), ctx.info)
		return ok([formatParticipant(ctx.state, room, attendee)])
	}, 'conversation-permissions'),

	publicRoute('POST', '/room/{token}/participants/active', (ctx) => {
		const room = ctx.state.rooms.get(ctx.params.token!)
		if (room === undefined) {
			return fail(404, null)
		}
		const { attendee, session } = joins.joinRoom(ctx.state, room, callerOf(ctx), String(ctx.body.password ?? ''), ctx.body.force !== false, ctx.info)
		return ok(formatRoom(ctx.state, room, attendee, session))
	}),

	publicRoute('DELETE', '/room/{token}/participants/active', (ctx) => {
		joins.leaveRoom(ctx.state, ctx.state.rooms.get(ctx.params.token!), callerOf(ctx), ctx.info)
		return ok(null)
	}),

	publicRoute('GET', '/call/{token}', (ctx) => {
		const { room, attendee } = rooms.participantRoom(ctx.state, ctx.params.token!, callerOf(ctx), ctx.info)
		if (inLobby(room, attendee)) {
			return fail(412)
		}
		return ok(ctx.state.presence.sessions.filter((s) => s.token === room.token && s.inCall !== 0).flatMap((s) => {
			const peer = room.attendees.find((a) => a.id === s.attendeeId)
			return peer === undefined ? [] : [{ actorType: peer.actorType, actorId: peer.actorId, displayName: peer.displayName, sessionId: s.sessionId, lastPing: s.lastPing, token: room.token }]
		}))
	}),

	publicRoute('POST', '/call/{token}', (ctx) => {
		const room = rooms.participantRoom(ctx.state, ctx.params.token!, callerOf(ctx), ctx.info).room
		calls.joinCall(ctx.state, room, callerOf(ctx), typeof ctx.body.flags === 'number' ? ctx.body.flags : null)
		return ok(null)
	}),

	publicRoute('DELETE', '/call/{token}', (ctx) => {
		const room = rooms.participantRoom(ctx.state, ctx.params.token!, callerOf(ctx), ctx.info).room
		// `all` comes as a query parameter (a DELETE has no body); Nextcloud reads "true" and "1" as true.
		calls.leaveCall(ctx.state, room, callerOf(ctx), ['true', '1'].includes(String(ctx.query.all)))
		return ok(null)
	}),
]
