/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Where an app's error handling would notice, the sandbox answers as Nextcloud and Talk 22 do
 * (Talk's integration scenarios conversation-1/add-participant, conversation-2/set-password): login,
 * e-mail actor ids, strangers, out-of-range values, form-encoded bodies.
 */

// @vitest-environment node
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { useSandbox } from './client.ts'

const env = useSandbox()

const PASSWORD = 'a-strong-sandbox-password'
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

async function room(body: Record<string, unknown> = {}) {
	const created = await env.api.talk('POST', '/room', { body: { roomType: 3, roomName: 'Fidelity', password: PASSWORD, ...body } })
	expect(created.status).toBe(201)
	return created.data.token as string
}

describe('login', () => {
	it.each([
		['Talk\'s room list', () => env.api.talk('GET', '/room', { user: null })],
		['creating a room', () => env.api.talk('POST', '/room', { user: null, body: { roomType: 2, roomName: 'x' } })],
		['our meetings', () => env.api.own('GET', '/meetings', { user: null })],
		['the password generator', () => env.api.ocs('GET', '/ocs/v2.php/apps/password_policy/api/v1/generate', { user: null })],
	])('answers %s without credentials with 401 and changes nothing', async (_name, call) => {
		const reply = await call()
		expect(reply.status).toBe(401)
		expect(reply.meta).toMatchObject({ statuscode: 401, message: 'Current user is not logged in' })
		expect(reply.data).toEqual([])
		expect(await env.api.control('GET', 'rooms')).toEqual([])
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('refuses credentials of an unknown user and other schemes with 401', async () => {
		expect((await env.api.talk('GET', '/room', { user: 'mallory' })).status).toBe(401)
		expect((await env.api.talk('GET', '/room', { user: null, headers: { Authorization: 'Bearer token' } })).status).toBe(401)
	})

	it('takes the login cookie a page set, like a browser session', async () => {
		const page = await fetch(`${env.sandbox.url}/index.php/apps/safe_meeting/?user=bob`)
		const login = page.headers.getSetCookie().find((line) => line.startsWith('sandbox_user='))!
		const reply = await env.api.talk('GET', '/room', { user: null, headers: { Cookie: login.split(';')[0]! } })
		expect(reply.status).toBe(200)
		const created = await env.api.talk('POST', '/room', { user: null, headers: { Cookie: login.split(';')[0]! }, body: { roomType: 2, roomName: 'By cookie' } })
		expect(created.data.actorId).toBe('bob')
	})

	it('logs a page opened without a login in as the default user and keeps that in a cookie', async () => {
		const page = await fetch(`${env.sandbox.url}/index.php/apps/safe_meeting/`)
		expect(page.headers.getSetCookie().some((line) => line.startsWith('sandbox_user=alice;') && line.includes('HttpOnly'))).toBe(true)
	})

	it('serves capabilities to anyone, as Nextcloud does', async () => {
		expect((await env.api.ocs('GET', '/ocs/v2.php/cloud/capabilities', { user: null })).status).toBe(200)
	})
})

describe('e-mail invitees', () => {
	it('get the SHA-256 (hex) of the lower-cased address as actor id, the same for every room and on every invitation', async () => {
		const first = await room({ participants: { emails: ['Guest@Example.org'] } })
		const second = await room()
		const added = await env.api.talk('POST', `/room/${second}/participants`, { body: { newParticipant: 'guest@example.org', source: 'emails' } })
		expect(added.status).toBe(200)
		await env.api.talk('POST', `/room/${second}/participants`, { body: { newParticipant: 'GUEST@example.org', source: 'emails' } })
		for (const token of [first, second]) {
			const list = await env.api.talk('GET', `/room/${token}/participants`)
			const emails = list.data.filter((p: any) => p.actorType === 'emails')
			expect(emails).toEqual([expect.objectContaining({ actorId: sha256('guest@example.org'), invitedActorId: 'guest@example.org', participantType: 4 })])
		}
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})
})

describe('strangers and non-moderators', () => {
	it('answers a stranger adding a participant with 404 and empty data, as Talk\'s middleware does, within the contract', async () => {
		const token = await room()
		const reply = await env.api.talk('POST', `/room/${token}/participants`, { user: 'carol', body: { newParticipant: 'bob', source: 'users' } })
		expect(reply.status).toBe(404)
		expect(reply.data).toEqual([])
		expect(await env.api.control('GET', 'violations')).toEqual([])
		expect((await env.api.talk('GET', `/room/${token}/participants`)).data.map((p: any) => p.actorId)).toEqual(['alice'])
	})

	it('answers a participant who is no moderator with 403', async () => {
		const token = await room({ participants: { users: ['bob'] } })
		expect((await env.api.talk('POST', `/room/${token}/participants`, { user: 'bob', body: { newParticipant: 'carol', source: 'users' } })).status).toBe(403)
		expect((await env.api.talk('PUT', `/room/${token}/password`, { user: 'bob', body: { password: '' } })).status).toBe(403)
	})

	it('makes a self-joined user a permanent participant when a moderator invites them', async () => {
		const token = await room()
		expect((await env.api.talk('POST', `/room/${token}/participants/active`, { user: 'bob', body: { password: PASSWORD } })).status).toBe(200)
		await env.api.talk('POST', `/room/${token}/participants`, { body: { newParticipant: 'bob', source: 'users' } })
		const list = await env.api.talk('GET', `/room/${token}/participants`)
		expect(list.data.map((p: any) => [p.actorId, p.participantType])).toEqual([['alice', 1], ['bob', 3]])
	})
})

describe('values out of range', () => {
	it.each([
		// The last column: whether the contract's schema excludes the value (then the breach is recorded).
		['lobby state', 'PUT', '/webinar/lobby', { state: 2 }, 'value', 1],
		['listable scope', 'PUT', '/listable', { scope: 5 }, 'value', 1],
		['message expiration', 'POST', '/message-expiration', { seconds: -1 }, 'value', 1],
		['recording consent', 'PUT', '/recording-consent', { recordingConsent: 2 }, 'value', 0],
	])('answers a %s Talk does not know with 400 {error} like Talk and changes nothing', async (_name, method, path, body, error, breaches) => {
		const token = await room({ lobbyState: 1 })
		const before = await env.api.control('GET', 'rooms')
		const reply = await env.api.talk(method, `/room/${token}${path}`, { body })
		expect(reply.status).toBe(400)
		expect(reply.data).toEqual({ error })
		expect(await env.api.control('GET', 'rooms')).toEqual(before)
		const violations = await env.api.control('GET', 'violations')
		expect(violations).toHaveLength(breaches)
		expect(violations.every((v: any) => v.direction === 'request')).toBe(true)
	})

	it.each([
		['readOnly', 3, 'read-only'],
		['listable', 3, 'listable'],
		['lobbyState', 2, 'lobby'],
		['sipEnabled', 3, 'sip-enabled'],
		['mentionPermissions', 2, 'mention-permissions'],
		['messageExpiration', -5, 'message-expiration'],
	])('answers creation with %s %s with 400 {error: %s}', async (field, value, error) => {
		const reply = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x', [field]: value } })
		expect([reply.status, reply.data]).toEqual([400, { error }])
		expect(await env.api.control('GET', 'rooms')).toEqual([])
	})

	it('answers an int<min, max> parameter out of range as Nextcloud\'s dispatcher and Talk\'s middleware do: 400 {error: <name>}', async () => {
		const reply = await env.api.talk('POST', '/room', { body: { roomType: 2, roomName: 'x', permissions: 300 } })
		expect([reply.status, reply.data]).toEqual([400, { error: 'permissions' }])
		expect(await env.api.control('GET', 'rooms')).toEqual([])
	})

	it('still answers a malformed request (wrong type) loudly with 500', async () => {
		const token = await room()
		const reply = await env.api.talk('PUT', `/room/${token}/webinar/lobby`, { body: { state: 'on' } })
		expect(reply.status).toBe(500)
		expect(reply.meta.message).toContain('contract violation')
	})
})

describe('form-encoded bodies', () => {
	it('creates a room from PHP-style form fields, cast to the contract\'s types', async () => {
		const form = new URLSearchParams({ roomType: '3', roomName: 'Form room', password: PASSWORD, lobbyState: '1', 'participants[users][]': 'bob', 'participants[emails][]': 'g@example.org' })
		const created = await env.api.talk('POST', '/room', { form: form.toString() })
		expect(created.status).toBe(201)
		expect(created.data).toMatchObject({ type: 3, name: 'Form room', lobbyState: 1, hasPassword: true })
		const [stored] = await env.api.control('GET', 'rooms')
		expect(stored.attendees.map((a: any) => a.actorType)).toEqual(['users', 'users', 'emails'])
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('takes form-encoded setter values and booleans as PHP casts them', async () => {
		const token = await room()
		expect((await env.api.talk('PUT', `/room/${token}/webinar/lobby`, { form: 'state=1&timer=0' })).data.lobbyState).toBe(1)
		expect((await env.api.talk('POST', `/room/${token}/participants/active`, { form: 'force=0' })).status).toBe(200)
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('ignores a body Nextcloud would not read as parameters (text/plain)', async () => {
		const reply = await env.api.talk('POST', '/room', { headers: { 'Content-Type': 'text/plain' }, form: JSON.stringify({ roomType: 2, roomName: 'x' }) })
		// Without parameters Talk creates nothing: the contract check says what is missing.
		expect(reply.status).toBe(500)
		expect(await env.api.control('GET', 'rooms')).toEqual([])
	})
})

describe('SIP dial-in restricted to groups (sip_bridge_groups)', () => {
	it('lets only members of the SIP groups switch dial-in on and says so in capabilities and the room', async () => {
		await env.api.control('POST', 'capabilities', { 'sip-groups': ['staff'] })
		const token = await room({ participants: { users: ['bob'] } })
		const refused = await env.api.talk('PUT', `/room/${token}/webinar/sip`, { body: { state: 1 } })
		expect([refused.status, refused.data]).toEqual([403, { error: 'config' }])
		expect((await env.api.talk('GET', `/room/${token}`)).data.canEnableSIP).toBe(false)
		const capabilities = async (user: string) => (await env.api.ocs('GET', '/ocs/v2.php/cloud/capabilities', { user })).data.capabilities.spreed.config.call['can-enable-sip']
		expect([await capabilities('alice'), await capabilities('bob')]).toEqual([false, true])
		expect((await env.api.control('GET', 'rooms'))[0].sipEnabled).toBe(0)
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('lets a moderator in a SIP group switch it on', async () => {
		await env.api.control('POST', 'capabilities', { 'sip-groups': ['hr'] })
		const token = await room()
		const reply = await env.api.talk('PUT', `/room/${token}/webinar/sip`, { body: { state: 1 } })
		expect(reply.status).toBe(200)
		expect(reply.data).toMatchObject({ sipEnabled: 1, canEnableSIP: true })
	})

	it('refuses a group list that is not one', async () => {
		const response = await fetch(`${env.sandbox.url}/__sandbox/capabilities`, { method: 'POST', headers: { 'X-Sandbox-Control': '1' }, body: JSON.stringify({ 'sip-groups': 'staff' }) })
		expect(response.status).toBe(400)
	})
})
