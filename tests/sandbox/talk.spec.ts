/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { useSandbox } from './client.ts'

const env = useSandbox()

const PASSWORD = 'a-strong-sandbox-password'

const fullCreate = {
	roomType: 3,
	roomName: 'Board meeting',
	password: PASSWORD,
	readOnly: 0,
	listable: 0,
	messageExpiration: 86400,
	lobbyState: 1,
	lobbyTimer: 2000000000,
	sipEnabled: 0,
	permissions: 0,
	recordingConsent: 1,
	mentionPermissions: 1,
	description: 'Agenda\n\n---\nPrivacy notice',
	participants: { users: ['bob'], emails: ['guest@example.com'] },
}

describe('POST /room', () => {
	it('creates a room with every field and makes the creator owner', async () => {
		const created = await env.api.talk('POST', '/room', { body: fullCreate })
		expect(created.status).toBe(201)
		expect(created.meta.statuscode).toBe(201)
		expect(created.data).toMatchObject({ type: 3, name: 'Board meeting', hasPassword: true, lobbyState: 1, lobbyTimer: 2000000000, listable: 0, messageExpiration: 86400, recordingConsent: 1, mentionPermissions: 1, participantType: 1, actorId: 'alice' })
		const [room] = await env.api.control('GET', 'rooms')
		expect(room).toMatchObject({ token: created.data.token, password: PASSWORD, type: 3, lobbyState: 1, sipEnabled: 0, description: fullCreate.description })
		expect(room.attendees.map((a: any) => [a.actorType, a.participantType])).toEqual([['users', 1], ['users', 3], ['emails', 4]])
		expect(await env.api.control('GET', 'violations')).toEqual([])
		expect(await env.api.control('GET', 'unsafe')).toEqual([])
	})

	it('ignores the password of a group room (type 2)', async () => {
		const created = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'Internal', password: PASSWORD } })
		expect(created.status).toBe(201)
		expect(created.data.hasPassword).toBe(false)
		const [room] = await env.api.control('GET', 'rooms')
		expect(room.password).toBe('')
	})

	it('forces type 3 when emails are invited, keeping the password', async () => {
		const created = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'With guests', password: PASSWORD, lobbyState: 1, participants: { emails: ['a@example.com'] } } })
		expect(created.data).toMatchObject({ type: 3, hasPassword: true })
	})

	it('answers 202 with invalidParticipants for unknown users', async () => {
		const created = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x', participants: { users: ['bob', 'nobody'] } } })
		expect(created.status).toBe(202)
		expect(created.data.invalidParticipants).toEqual({ users: ['nobody'] })
	})

	it('rejects bad values like RoomService does', async () => {
		expect((await env.api.talk('POST', '/room', { body: { roomType: 3, roomName: 'x', password: 'short' } })).data).toMatchObject({ error: 'password' })
		expect((await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x'.repeat(256) } })).data).toEqual({ error: 'name' })
		expect((await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x', description: 'd'.repeat(2001) } })).data).toEqual({ error: 'description' })
		expect((await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x', objectType: 'custom', objectId: '1' } })).data).toEqual({ error: 'object-type' })
		const groups = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x', participants: { groups: ['staff'] } } })
		expect([groups.status, groups.data]).toEqual([404, { error: 'invite' }])
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})
})

describe('contract validation', () => {
	it('reports a malformed request as a contract violation (500)', async () => {
		const reply = await env.api.talk('POST', '/room', { body: { roomType: 'x', roomName: 'bad' } })
		expect(reply.status).toBe(500)
		expect(reply.meta.message).toContain('contract violation')
		const violations = await env.api.control('GET', 'violations')
		expect(violations).toHaveLength(1)
		expect(violations[0]).toMatchObject({ contract: 'talk', direction: 'request', method: 'POST' })
		expect(violations[0].errors.join()).toContain('roomType')
		expect(await env.api.control('GET', 'rooms')).toEqual([])
	})

	it('accepts the create fields Talk documents as required but defaults (the one relaxation)', async () => {
		expect((await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'minimal' } })).status).toBe(201)
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('answers 412 without OCS-APIRequest, like Nextcloud, and records it', async () => {
		const reply = await env.api.talk('GET', '/room', { headers: { 'OCS-APIRequest': 'false' } })
		expect(reply.status).toBe(412)
		expect(await env.api.control('GET', 'violations')).toHaveLength(1)
	})

	it('flags an unknown API version', async () => {
		const reply = await env.api.ocs('GET', '/ocs/v2.php/apps/spreed/api/v3/room')
		expect(reply.status).toBe(500)
	})
})

describe('injected failures', () => {
	it('fails the next matching request exactly once', async () => {
		const { data: room } = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x' } })
		await env.api.control('POST', 'fail', { method: 'PUT', path: '/webinar/lobby', status: 500, times: 1 })
		const first = await env.api.talk('PUT', `/room/${room.token}/webinar/lobby`, { body: { state: 1 } })
		expect([first.status, first.data]).toEqual([500, { error: 'injected' }])
		expect((await env.api.control('GET', 'rooms'))[0].lobbyState).toBe(0)
		const second = await env.api.talk('PUT', `/room/${room.token}/webinar/lobby`, { body: { state: 1, timer: null } })
		expect(second.status).toBe(200)
		expect(second.data.lobbyState).toBe(1)
		expect(await env.api.control('GET', 'fail')).toEqual([])
	})

	it('answers with the reason Talk would give, when one is injected', async () => {
		const { data: room } = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x' } })
		await env.api.control('POST', 'fail', { method: 'POST', path: '/meeting$', status: 400, error: 'calendar' })
		// Anchored at the end: our registry's …/meetings is not hit.
		expect((await env.api.ocs('POST', '/ocs/v2.php/apps/safe_meeting/api/v1/meetings', { body: {} })).data.error).not.toBe('calendar')
		const reply = await env.api.talk('POST', `/room/${room.token}/meeting`, { body: { calendarUri: 'personal', start: Math.floor(Date.now() / 1000) + 3600 } })
		expect([reply.status, reply.data]).toEqual([400, { error: 'calendar' }])
		expect(await env.api.control('GET', 'calendar')).toEqual([])
	})
})

describe('history and unsafe moments', () => {
	it('records every change with its request and flags public rooms without password or lobby', async () => {
		const { data: room } = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x', lobbyState: 1 } })
		// Talk turns the group room public without any password check when an email is added.
		const added = await env.api.talk('POST', `/room/${room.token}/participants`, { body: { newParticipant: 'g@example.com', source: 'emails' } })
		expect(added.data).toEqual({ type: 3 })
		const history = await env.api.control('GET', 'history')
		expect(history.map((h: any) => [h.change, h.room.type, h.request.method])).toEqual([['created', 2, 'POST'], ['modified', 3, 'POST']])
		expect(history[1].request.path).toContain('/participants')
		const unsafe = await env.api.control('GET', 'unsafe')
		expect(unsafe).toHaveLength(1)
		expect(unsafe[0].reasons).toEqual(['public without password'])
	})

	it('finds nothing unsafe in the safe order: group room, lobby, then public with password', async () => {
		const { data: room } = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x' } })
		await env.api.talk('PUT', `/room/${room.token}/webinar/lobby`, { body: { state: 1 } })
		const pub = await env.api.talk('POST', `/room/${room.token}/public`, { body: { password: PASSWORD } })
		expect(pub.data).toMatchObject({ type: 3, hasPassword: true })
		expect(await env.api.control('GET', 'history')).toHaveLength(3)
		expect(await env.api.control('GET', 'unsafe')).toEqual([])
		// Removing the password afterwards is allowed by Talk, and is caught.
		await env.api.talk('PUT', `/room/${room.token}/password`, { body: { password: '' } })
		expect(await env.api.control('GET', 'unsafe')).toHaveLength(1)
	})

	it('opens the lobby lazily when its timer has passed, without calling that unsafe', async () => {
		const start = Math.floor(Date.now() / 1000) + 3600
		const { data: room } = await env.api.talk('POST', '/room', { body: { roomType: 3, roomName: 'x', password: PASSWORD, lobbyState: 1, lobbyTimer: start } })
		await env.api.control('POST', 'time', { now: start + 1 })
		const read = await env.api.talk('GET', `/room/${room.token}`)
		expect(read.data).toMatchObject({ lobbyState: 0, lobbyTimer: 0 })
		expect((await env.api.control('GET', 'history')).at(-1).change).toBe('lobby-timer')
		expect(await env.api.control('GET', 'unsafe')).toEqual([])
	})
})

describe('permissions like Talk', () => {
	it('404 for rooms the user is not in, 403 with empty data for non-moderators', async () => {
		const { data: room } = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x' } })
		const outsider = await env.api.talk('PUT', `/room/${room.token}/webinar/lobby`, { user: 'carol', body: { state: 1 } })
		expect([outsider.status, outsider.data]).toEqual([404, []])
		await env.api.talk('POST', `/room/${room.token}/participants`, { body: { newParticipant: 'bob', source: 'users' } })
		const member = await env.api.talk('PUT', `/room/${room.token}/webinar/lobby`, { user: 'bob', body: { state: 1 } })
		expect([member.status, member.data]).toEqual([403, []])
		expect((await env.api.talk('GET', `/room/${room.token}`, { user: 'bob' })).data.participantType).toBe(3)
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('password only on public rooms; weak passwords get the policy hint', async () => {
		const { data: room } = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x' } })
		expect((await env.api.talk('PUT', `/room/${room.token}/password`, { body: { password: PASSWORD } })).data).toEqual({ error: 'type' })
		await env.api.talk('POST', `/room/${room.token}/public`, { body: { password: PASSWORD } })
		const weak = await env.api.talk('PUT', `/room/${room.token}/password`, { body: { password: 'abc' } })
		expect(weak.status).toBe(400)
		expect(weak.data.error).toBe('value')
		expect(weak.data.message).toContain('12')
	})

	it('deletes rooms and lists participants', async () => {
		const { data: room } = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x', participants: { users: ['bob'] } } })
		const list = await env.api.talk('GET', `/room/${room.token}/participants`)
		expect(list.data.map((p: any) => p.actorId)).toEqual(['alice', 'bob'])
		expect((await env.api.talk('DELETE', `/room/${room.token}`, { user: 'bob' })).status).toBe(403)
		const deleted = await env.api.talk('DELETE', `/room/${room.token}`)
		expect([deleted.status, deleted.data]).toEqual([200, null])
		expect((await env.api.talk('GET', `/room/${room.token}`)).status).toBe(404)
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('sets the other moderator settings', async () => {
		const { data: room } = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x' } })
		const t = room.token
		expect((await env.api.talk('PUT', `/room/${t}/listable`, { body: { scope: 1 } })).data.listable).toBe(1)
		expect((await env.api.talk('POST', `/room/${t}/message-expiration`, { body: { seconds: 3600 } })).data.messageExpiration).toBe(3600)
		expect((await env.api.talk('PUT', `/room/${t}/webinar/sip`, { body: { state: 0 } })).status).toBe(200)
		expect((await env.api.talk('PUT', `/room/${t}/recording-consent`, { body: { recordingConsent: 1 } })).data.recordingConsent).toBe(1)
		expect((await env.api.talk('PUT', `/room/${t}/description`, { body: { description: 'hello' } })).data.description).toBe('hello')
		expect((await env.api.talk('DELETE', `/room/${t}/public`)).data.type).toBe(2)
		expect((await env.api.talk('GET', '/room')).data).toHaveLength(1)
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})
})

describe('capabilities', () => {
	it('can remove conversation-creation-all, after which creation fields are ignored', async () => {
		await env.api.control('POST', 'capabilities', { 'conversation-creation-all': false })
		const caps = await env.api.ocs('GET', '/ocs/v2.php/cloud/capabilities')
		expect(caps.data.capabilities.spreed.features).not.toContain('conversation-creation-all')
		const created = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'old', lobbyState: 1 } })
		expect(created.data.lobbyState).toBe(0)
		await env.api.control('POST', 'capabilities', { 'webinary-lobby': false })
		expect((await env.api.talk('PUT', `/room/${created.data.token}/webinar/lobby`, { body: { state: 1 } })).status).toBe(404)
	})

	it('serves password_policy capability, generator and user search', async () => {
		const caps = await env.api.ocs('GET', '/ocs/v2.php/cloud/capabilities')
		expect(caps.data.capabilities.password_policy.policies.sharing.minLength).toBe(12)
		expect(caps.data.capabilities.password_policy.api.generate).toBe(`${env.sandbox.url}/ocs/v2.php/apps/password_policy/api/v1/generate`)
		const generated = await env.api.ocs('GET', '/ocs/v2.php/apps/password_policy/api/v1/generate')
		expect(generated.data.password.length).toBeGreaterThanOrEqual(20)
		const found = await env.api.ocs('GET', '/ocs/v2.php/core/autocomplete/get?search=bo&itemType=&shareTypes[]=0')
		expect(found.data).toEqual([expect.objectContaining({ id: 'bob', label: 'Bob', icon: 'icon-user', source: 'users', subline: '' })])
	})
})

describe('POST /room/{token}/meeting (schedule-meeting)', () => {
	const schedule = (token: string, body: object, user = 'alice') => env.api.talk('POST', `/room/${token}/meeting`, { user, body: { calendarUri: 'personal', ...body } })
	const attendeeIds = async (token: string) => Object.fromEntries((await env.api.talk('GET', `/room/${token}/participants`)).data.map((p: any) => [p.actorId, p.attendeeId]))

	it('with attendeeIds null, invites users and e-mail guests by address, but not the caller', async () => {
		const token = (await env.api.talk('POST', '/room', { body: fullCreate })).data.token
		const start = Math.floor(Date.now() / 1000) + 3600
		const reply = await schedule(token, { start, end: start + 1800, title: 'Board meeting', description: 'Invitation', attendeeIds: null })
		expect(reply.status).toBe(200)
		expect(await env.api.control('GET', 'calendar')).toEqual([{ owner: 'alice', calendarUri: 'personal', token, start, end: start + 1800, title: 'Board meeting', description: 'Invitation', attendees: ['bob@example.org', 'guest@example.com'] }])
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('invites only the listed attendees, nobody for [], and leaves out users without an e-mail address', async () => {
		const token = (await env.api.talk('POST', '/room', { body: { ...fullCreate, participants: { users: ['bob', 'dave'], emails: ['guest@example.com'] } } })).data.token
		const ids = await attendeeIds(token)
		const start = Math.floor(Date.now() / 1000) + 3600
		expect((await schedule(token, { start, attendeeIds: [ids.bob, ids.dave] })).status).toBe(200)
		expect((await schedule(token, { start, attendeeIds: [] })).status).toBe(200)
		expect((await env.api.control('GET', 'calendar')).map((event: any) => event.attendees)).toEqual([['bob@example.org'], []])
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('refuses an unknown calendar, an organiser without e-mail address, a start in the past and an end before the start, like Talk', async () => {
		const token = (await env.api.talk('POST', '/room', { body: fullCreate })).data.token
		const start = Math.floor(Date.now() / 1000) + 3600
		const error = async (body: object) => (await schedule(token, { start, ...body })).data.error
		expect(await error({ calendarUri: 'work' })).toBe('calendar')
		const davesRoom = (await env.api.talk('POST', '/room', { user: 'dave', body: fullCreate })).data.token
		const refused = await schedule(davesRoom, { start }, 'dave')
		expect([refused.status, refused.data]).toEqual([400, { error: 'email' }])
		expect(await error({ start: start - 7200 })).toBe('start')
		expect(await error({ end: start })).toBe('end')
		expect(await env.api.control('GET', 'calendar')).toEqual([])
	})
})
