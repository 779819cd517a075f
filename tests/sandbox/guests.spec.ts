/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Joining, the password, the lobby and the call as Talk 22 has them (talk.md §§4, 5.1, 10; Talk's
 * scenarios conversation-2/join-listable and set-password): guests are known by their PHP session
 * cookie, a returning guest is the same attendee, and nobody but moderators and those allowed to
 * ignore the lobby gets into the call while the lobby is on.
 */

// @vitest-environment node
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { CookieJar, useSandbox } from './client.ts'

const env = useSandbox()

const PASSWORD = 'a-strong-sandbox-password'

async function publicRoom(body: Record<string, unknown> = {}): Promise<string> {
	const created = await env.api.talk('POST', '/room', { body: { roomType: 3, roomName: 'Meeting', password: PASSWORD, ...body } })
	expect(created.status).toBe(201)
	return created.data.token
}

/** A guest's browser: no account, its own cookies. */
function guest() {
	const jar = new CookieJar()
	return {
		jar,
		talk: (method: string, path: string, body?: unknown) => env.api.talk(method, path, { user: null, jar, ...(body === undefined ? {} : { body }) }),
	}
}

const participants = async (token: string) => (await env.api.talk('GET', `/room/${token}/participants`)).data as any[]

describe('guests', () => {
	it('join a public room with its password, get a session cookie and a session, and appear as guests', async () => {
		const token = await publicRoom()
		const visitor = guest()
		const joined = await visitor.talk('POST', `/room/${token}/participants/active`, { password: PASSWORD })
		expect(joined.status).toBe(200)
		expect(joined.data).toMatchObject({ token, actorType: 'guests', participantType: 4 })
		expect(joined.data.sessionId).toMatch(/^[A-Za-z0-9+/]{255}$/)
		// Talk names a guest by the SHA-1 of its first session id.
		expect(joined.data.actorId).toBe(createHash('sha1').update(joined.data.sessionId).digest('hex'))
		expect(visitor.jar.get('sandbox_talk')).toMatch(/^[0-9a-f]{32}$/)
		const guests = (await participants(token)).filter((p) => p.actorType === 'guests')
		expect(guests).toEqual([expect.objectContaining({ actorId: joined.data.actorId, participantType: 4, sessionIds: [joined.data.sessionId] })])
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('are refused with 403 {error: password} for a wrong or missing password, and nothing is added', async () => {
		const token = await publicRoom()
		for (const password of ['wrong', undefined]) {
			const reply = await guest().talk('POST', `/room/${token}/participants/active`, password === undefined ? {} : { password })
			expect([reply.status, reply.data]).toEqual([403, { error: 'password' }])
		}
		expect((await participants(token)).map((p) => p.actorType)).toEqual(['users'])
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('cannot join a group room or a room that does not exist (404)', async () => {
		const created = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'Private' } })
		expect((await guest().talk('POST', `/room/${created.data.token}/participants/active`, { password: PASSWORD })).status).toBe(404)
		expect((await guest().talk('POST', '/room/doesnotexist/participants/active', { password: PASSWORD })).status).toBe(404)
	})

	it('come back as the same attendee with the same session cookie, without the password again', async () => {
		const token = await publicRoom()
		const visitor = guest()
		const first = await visitor.talk('POST', `/room/${token}/participants/active`, { password: PASSWORD })
		const again = await visitor.talk('POST', `/room/${token}/participants/active`, {})
		expect(again.status).toBe(200)
		expect(again.data.actorId).toBe(first.data.actorId)
		expect(again.data.attendeeId).toBe(first.data.attendeeId)
		expect(again.data.sessionId).not.toBe(first.data.sessionId)
		// The old session ended: one guest with one session.
		expect((await participants(token)).filter((p) => p.actorType === 'guests').map((p) => p.sessionIds)).toEqual([[again.data.sessionId]])
	})

	it('are different attendees in different browsers', async () => {
		const token = await publicRoom()
		const a = await guest().talk('POST', `/room/${token}/participants/active`, { password: PASSWORD })
		const b = await guest().talk('POST', `/room/${token}/participants/active`, { password: PASSWORD })
		expect(a.data.actorId).not.toBe(b.data.actorId)
		expect((await participants(token)).filter((p) => p.actorType === 'guests')).toHaveLength(2)
	})

	it('leave with DELETE participants/active and drop out of the participant list', async () => {
		const token = await publicRoom()
		const visitor = guest()
		await visitor.talk('POST', `/room/${token}/participants/active`, { password: PASSWORD })
		expect((await visitor.talk('DELETE', `/room/${token}/participants/active`)).status).toBe(200)
		expect((await participants(token)).filter((p) => p.actorType === 'guests')).toEqual([])
		// A new join after leaving is a new guest and needs the password again.
		expect((await visitor.talk('POST', `/room/${token}/participants/active`, {})).status).toBe(403)
	})

	it('read the public room but get 401 on routes that need an account', async () => {
		const token = await publicRoom()
		const visitor = guest()
		expect((await visitor.talk('GET', `/room/${token}`)).status).toBe(200)
		expect((await visitor.talk('GET', '/room')).status).toBe(401)
		await visitor.talk('POST', `/room/${token}/participants/active`, { password: PASSWORD })
		expect((await visitor.talk('POST', `/room/${token}/participants`, { newParticipant: 'bob', source: 'users' })).status).toBe(401)
		// Plain guests may not list the participants.
		expect((await visitor.talk('GET', `/room/${token}/participants`)).status).toBe(403)
	})
})

describe('users joining', () => {
	it('need no password as attendees, need it as strangers of a public room, and leave it again when self-joined', async () => {
		const token = await publicRoom({ participants: { users: ['bob'] } })
		expect((await env.api.talk('POST', `/room/${token}/participants/active`, { user: 'bob', body: {} })).status).toBe(200)
		expect((await env.api.talk('POST', `/room/${token}/participants/active`, { user: 'carol', body: {} })).data).toEqual({ error: 'password' })
		const jar = new CookieJar()
		const carol = await env.api.talk('POST', `/room/${token}/participants/active`, { user: 'carol', jar, body: { password: PASSWORD } })
		expect(carol.data.participantType).toBe(5)
		await env.api.talk('DELETE', `/room/${token}/participants/active`, { user: 'carol', jar })
		expect((await participants(token)).map((p) => p.actorId)).toEqual(['alice', 'bob'])
	})

	it('join a listable group room without a password as regular participants; strangers of an unlisted one get 404', async () => {
		const created = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'Listed', listable: 1 } })
		expect((await env.api.talk('POST', `/room/${created.data.token}/participants/active`, { user: 'bob', body: {} })).data.participantType).toBe(3)
		const hidden = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'Hidden' } })
		expect((await env.api.talk('POST', `/room/${hidden.data.token}/participants/active`, { user: 'bob', body: {} })).status).toBe(404)
	})
})

describe('lobby and call', () => {
	async function inRoom(token: string, who: string | null) {
		const jar = new CookieJar()
		const call = (method: string, path: string, body?: unknown) => env.api.talk(method, path, { user: who, jar, ...(body === undefined ? {} : { body }) })
		const joined = await call('POST', `/room/${token}/participants/active`, who === null || who === 'carol' ? { password: PASSWORD } : {})
		expect(joined.status).toBe(200)
		return { call, joined: joined.data }
	}

	/** A public room with alice (owner) and bob, both in its call. */
	async function ownerAndBobInCall() {
		const token = await publicRoom({ participants: { users: ['bob'] } })
		const owner = await inRoom(token, 'alice')
		const bob = await inRoom(token, 'bob')
		await owner.call('POST', `/call/${token}`, { flags: 1 })
		await bob.call('POST', `/call/${token}`, { flags: 1 })
		return { token, owner, bob }
	}

	it('lets moderators start the call while the lobby holds guests and users back (412), also from the participant list', async () => {
		const token = await publicRoom({ lobbyState: 1, participants: { users: ['bob'] } })
		const owner = await inRoom(token, 'alice')
		const bob = await inRoom(token, 'bob')
		const visitor = await inRoom(token, null)
		expect((await owner.call('POST', `/call/${token}`, { flags: 3 })).status).toBe(200)
		expect((await bob.call('POST', `/call/${token}`, { flags: 3 })).status).toBe(412)
		expect((await visitor.call('POST', `/call/${token}`, { flags: 3 })).status).toBe(412)
		expect((await bob.call('GET', `/room/${token}/participants`)).status).toBe(412)
		// Waiting in the lobby, they do not even see that a call runs.
		expect((await bob.call('GET', `/room/${token}`)).data).toMatchObject({ hasCall: false, lobbyState: 1 })
		expect((await owner.call('GET', `/room/${token}`)).data).toMatchObject({ hasCall: true, participantFlags: 3 })
		expect((await owner.call('GET', `/call/${token}`)).data.map((peer: any) => peer.actorId)).toEqual(['alice'])
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('admits an attendee whom a moderator lets ignore the lobby (permission 8)', async () => {
		const token = await publicRoom({ lobbyState: 1 })
		await inRoom(token, 'alice').then((owner) => owner.call('POST', `/call/${token}`, { flags: 1 }))
		const visitor = await inRoom(token, null)
		const admitted = await env.api.talk('PUT', `/room/${token}/attendees/permissions`, { body: { attendeeId: visitor.joined.attendeeId, method: 'add', permissions: 8 } })
		expect(admitted.status).toBe(200)
		expect(admitted.data[0].permissions & 8).toBe(8)
		expect((await visitor.call('POST', `/call/${token}`, { flags: 1 })).status).toBe(200)
		expect((await visitor.call('GET', `/room/${token}`)).data).toMatchObject({ hasCall: true, participantFlags: 1 })
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('sends non-moderators out of the call when the lobby is switched on', async () => {
		const { token } = await ownerAndBobInCall()
		await env.api.talk('PUT', `/room/${token}/webinar/lobby`, { body: { state: 1 } })
		const list = await participants(token)
		expect(list.map((p) => [p.actorId, p.inCall])).toEqual([['alice', 1], ['bob', 0]])
	})

	it('needs the start-call permission to start a call, not to join a running one', async () => {
		const token = await publicRoom({ permissions: 128 | 4, participants: { users: ['bob'] } })
		const bob = await inRoom(token, 'bob')
		expect((await bob.call('POST', `/call/${token}`, { flags: 1 })).status).toBe(403)
		const owner = await inRoom(token, 'alice')
		await owner.call('POST', `/call/${token}`, { flags: 1 })
		expect((await bob.call('POST', `/call/${token}`, { flags: 1 })).status).toBe(200)
	})

	it('ends the call for everyone only for moderators, and when the last one leaves', async () => {
		const { token, owner, bob } = await ownerAndBobInCall()
		await bob.call('DELETE', `/call/${token}?all=true`)
		expect((await owner.call('GET', `/room/${token}`)).data.hasCall).toBe(true)
		await owner.call('DELETE', `/call/${token}?all=true`)
		expect((await owner.call('GET', `/room/${token}`)).data).toMatchObject({ hasCall: false, callStartTime: 0 })
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('answers 409 for a second join of a session still in the call unless forced', async () => {
		const token = await publicRoom()
		const owner = await inRoom(token, 'alice')
		await owner.call('POST', `/call/${token}`, { flags: 1 })
		const conflict = await owner.call('POST', `/room/${token}/participants/active`, { force: false })
		expect(conflict.status).toBe(409)
		expect(conflict.data).toMatchObject({ sessionId: owner.joined.sessionId, inCall: 1 })
		expect((await owner.call('POST', `/room/${token}/participants/active`, { force: true })).status).toBe(200)
	})

	it('answers 404 for joining the call without having joined the room', async () => {
		const token = await publicRoom()
		expect((await env.api.talk('POST', `/call/${token}`, { body: { flags: 1 } })).status).toBe(404)
	})
})
