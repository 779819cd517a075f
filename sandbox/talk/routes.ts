/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk's v4 conversation routes the sandbox simulates: permission checks like Talk's middleware,
 * then the RoomService semantics in rooms.ts, then the caller's view of the room.
 */
import type { OcsContext, OcsRoute } from '../ocs.ts'

import { TALK_BASE } from '../config.ts'
import { fail, ok } from '../ocs.ts'
import { formatParticipant, formatRoom } from './format.ts'
import { isModerator } from './model.ts'
import * as rooms from './rooms.ts'

function route(method: string, path: string, handle: OcsRoute['handle'], feature?: string): OcsRoute {
	return { method, template: TALK_BASE + path, handle, ...(feature === undefined ? {} : { feature }) }
}

/**
 * The room as the caller now sees it (Talk's moderator setters all return it).
 */
function view(ctx: OcsContext, token: string) {
	const { room, attendee } = rooms.readableRoom(ctx.state, token, ctx.user, ctx.info)
	return ok(formatRoom(ctx.state, room, attendee))
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
		.map((room) => formatRoom(ctx.state, rooms.readableRoom(ctx.state, room.token, ctx.user, ctx.info).room, rooms.attendeeOf(room, ctx.user))))),

	route('POST', '/room', (ctx) => {
		const { room, invalid } = rooms.createRoom(ctx.state, ctx.user, ctx.body, ctx.info)
		const data = formatRoom(ctx.state, room, rooms.attendeeOf(room, ctx.user))
		return Object.keys(invalid).length > 0 ? ok({ ...data, invalidParticipants: invalid }, 202) : ok(data, 201)
	}),

	route('GET', '/room/{token}', (ctx) => view(ctx, ctx.params.token!)),

	route('DELETE', '/room/{token}', (ctx) => {
		const room = rooms.moderatedRoom(ctx.state, ctx.params.token!, ctx.user, ctx.info)
		rooms.deleteRoom(ctx.state, room, ctx.info)
		return ok(null)
	}),

	moderated('POST', '/room/{token}/public', (ctx, room) => rooms.makePublic(ctx.state, room, String(ctx.body.password ?? ''), ctx.info)),
	moderated('DELETE', '/room/{token}/public', (ctx, room) => rooms.makePrivate(ctx.state, room, ctx.info)),
	moderated('PUT', '/room/{token}/password', (ctx, room) => rooms.setPassword(ctx.state, room, String(ctx.body.password), ctx.info)),
	moderated('PUT', '/room/{token}/webinar/lobby', (ctx, room) => rooms.setLobby(ctx.state, room, Number(ctx.body.state), typeof ctx.body.timer === 'number' ? ctx.body.timer : null, ctx.info), 'webinary-lobby'),
	moderated('PUT', '/room/{token}/listable', (ctx, room) => rooms.setListable(ctx.state, room, Number(ctx.body.scope), ctx.info), 'listable-rooms'),
	// No feature gate: the endpoint exists even where the capability is hidden (no cron, talk.md §7.1).
	moderated('POST', '/room/{token}/message-expiration', (ctx, room) => rooms.setMessageExpiration(ctx.state, room, Number(ctx.body.seconds), ctx.info)),
	moderated('PUT', '/room/{token}/webinar/sip', (ctx, room) => rooms.setSip(ctx.state, room, Number(ctx.body.state), ctx.info)),
	moderated('PUT', '/room/{token}/recording-consent', (ctx, room) => rooms.setRecordingConsent(ctx.state, room, Number(ctx.body.recordingConsent), ctx.info), 'recording-consent'),
	moderated('PUT', '/room/{token}/description', (ctx, room) => rooms.setDescription(ctx.state, room, String(ctx.body.description), ctx.info), 'room-description'),

	route('POST', '/room/{token}/participants', (ctx) => {
		const room = rooms.moderatedRoom(ctx.state, ctx.params.token!, ctx.user, ctx.info)
		return ok(rooms.addParticipant(ctx.state, room, String(ctx.body.newParticipant), String(ctx.body.source ?? 'users'), ctx.info))
	}),

	route('GET', '/room/{token}/participants', (ctx) => {
		const { room, attendee } = rooms.participantRoom(ctx.state, ctx.params.token!, ctx.user, ctx.info)
		// talk.md §5.1: an active lobby blocks the list for non-moderators without "ignore lobby" (bit 8).
		if (room.lobbyState === 1 && !isModerator(attendee) && (attendee.permissions & 8) === 0) {
			return fail(412)
		}
		return ok(room.attendees.map((a) => formatParticipant(room, a)))
	}),
]
