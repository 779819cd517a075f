/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { defaultPolicy } from '../../src/policy/defaultPolicy.ts'
import { effectivePolicy } from '../../src/policy/effectivePolicy.ts'
import { planMeeting } from '../../src/policy/planMeeting.ts'
import { useSandbox } from './client.ts'

const env = useSandbox()

const PASSWORD = 'a-strong-sandbox-password'

/** A plan for alice (groups: hr) under the default policy, and the Talk room it implies. */
async function plannedRoom(overrides: Record<string, unknown> = {}, startsIn = 86400) {
	const start = Math.floor(Date.now() / 1000) + startsIn
	const result = planMeeting(effectivePolicy(defaultPolicy(), ['hr']), {
		title: 'Board meeting',
		description: 'Agenda',
		start,
		end: start + 3600,
		users: ['bob'],
		emails: [],
		guestLink: true,
		password: PASSWORD,
		settings: {},
	}, start - startsIn)
	if (!result.ok) {
		throw new Error(JSON.stringify(result.violations))
	}
	const plan: Omit<typeof result.plan, 'participants'> & { participants?: unknown } = { ...result.plan }
	delete plan.participants
	const t = plan.talk
	const room = await env.api.talk('POST', '/room', {
		body: {
			roomType: t.roomType,
			roomName: plan.title,
			password: PASSWORD,
			listable: t.listable,
			lobbyState: t.lobbyState,
			lobbyTimer: t.lobbyTimer,
			messageExpiration: t.messageExpiration,
			sipEnabled: t.sipEnabled,
			recordingConsent: t.recordingConsent,
			description: plan.description,
			participants: { users: ['bob'] },
			...overrides,
		},
	})
	expect(room.status).toBe(201)
	return { token: room.data.token as string, plan }
}

describe('POST /meetings', () => {
	it('registers a compliant room (201) and lists it for its owner', async () => {
		const { token, plan } = await plannedRoom()
		const reply = await env.api.own('POST', '/meetings', { body: { token, plan, password: PASSWORD } })
		expect(reply.status).toBe(201)
		expect(reply.data).toMatchObject({ token, owner: 'alice', plan })
		expect((await env.api.own('GET', '/meetings')).data.meetings).toHaveLength(1)
		expect((await env.api.own('GET', '/meetings', { user: 'bob' })).data.meetings).toHaveLength(0)
		expect((await env.api.own('POST', '/meetings', { body: { token, plan, password: PASSWORD } })).status).toBe(409)
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('lists each meeting with its room as it is now, in pages', async () => {
		const { token, plan } = await plannedRoom()
		await env.api.own('POST', '/meetings', { body: { token, plan, password: PASSWORD } })

		const page = (await env.api.own('GET', '/meetings?limit=1')).data
		expect(page.nextCursor).toBeNull()
		expect(page.meetings[0].status).toEqual({
			room: 'present',
			moderator: true,
			participants: 2,
			guestLink: true,
			lobby: true,
			callActive: false,
			findings: [],
		})
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('lists upcoming meetings soonest first and pages by a cursor that skips nobody when an entry is removed', async () => {
		const tokens: Record<string, string> = {}
		for (const [name, days] of [['third', 3], ['first', 1], ['second', 2]] as const) {
			const { token, plan } = await plannedRoom({}, days * 86400)
			expect((await env.api.own('POST', '/meetings', { body: { token, plan, password: PASSWORD } })).status).toBe(201)
			tokens[name] = token
		}

		const first = (await env.api.own('GET', '/meetings?limit=1')).data
		expect(first.meetings.map((m: { token: string }) => m.token)).toEqual([tokens.first])
		await env.api.talk('DELETE', `/room/${tokens.first}`)
		expect((await env.api.own('DELETE', `/meetings/${tokens.first}`)).status).toBe(200)
		const second = (await env.api.own('GET', `/meetings?limit=1&cursor=${first.nextCursor}`)).data
		const third = (await env.api.own('GET', `/meetings?limit=1&cursor=${second.nextCursor}`)).data

		expect(second.meetings.map((m: { token: string }) => m.token)).toEqual([tokens.second])
		expect(third.meetings.map((m: { token: string }) => m.token)).toEqual([tokens.third])
		expect(third.nextCursor).toBeNull()
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('removes the entry of a deleted conversation for its owner only, and never of a live one', async () => {
		const { token, plan } = await plannedRoom()
		await env.api.own('POST', '/meetings', { body: { token, plan, password: PASSWORD } })
		expect((await env.api.own('DELETE', `/meetings/${token}`)).status).toBe(409)

		await env.api.talk('DELETE', `/room/${token}`)
		expect((await env.api.own('GET', '/meetings')).data.meetings[0].status.room).toBe('missing')
		expect((await env.api.own('DELETE', `/meetings/${token}`, { user: 'bob' })).status).toBe(404)
		expect((await env.api.own('DELETE', `/meetings/${token}`)).data).toEqual({ token })
		expect((await env.api.own('GET', '/meetings')).data.meetings).toEqual([])
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('rejects a room that does not match its plan (400 with violations)', async () => {
		const { token, plan } = await plannedRoom({ lobbyState: 0 })
		const reply = await env.api.own('POST', '/meetings', { body: { token, plan, password: PASSWORD } })
		expect(reply.status).toBe(400)
		expect(reply.data.violations).toEqual([expect.objectContaining({ field: 'room', code: 'lobby' })])
	})

	it('rejects a plan the policy does not allow (400 with violations)', async () => {
		const { token, plan } = await plannedRoom()
		const reply = await env.api.own('POST', '/meetings', { body: { token, password: PASSWORD, plan: { ...plan, settings: { ...plan.settings, recording: 'with-consent' } } } })
		expect(reply.status).toBe(400)
		expect(reply.data.violations.map((v: any) => v.field)).toContain('recording')
		expect(reply.data.violations.every((v: any) => typeof v.message === 'string')).toBe(true)
	})

	it('checks the guest password it is sent: long enough for the plan and the room\'s own', async () => {
		const { token, plan } = await plannedRoom()
		const short = await env.api.own('POST', '/meetings', { body: { token, plan, password: 'short' } })
		expect(short.status).toBe(400)
		expect(short.data.violations).toContainEqual({ field: 'password', code: 'too-short', message: 'password is too short (at least 16)' })
		const other = await env.api.own('POST', '/meetings', { body: { token, plan, password: 'another-long-password' } })
		expect(other.status).toBe(400)
		expect(other.data.violations).toEqual([expect.objectContaining({ field: 'room', code: 'password-mismatch' })])
		expect((await env.api.own('POST', '/meetings', { body: { token, plan } })).status).toBe(400)
		expect((await env.api.own('GET', '/meetings')).data.meetings).toEqual([])
	})

	it('refuses a start in the past and numbers out of range, naming the bounds', async () => {
		const { token, plan } = await plannedRoom()
		const past = await env.api.own('POST', '/meetings', { body: { token, password: PASSWORD, plan: { ...plan, start: 1_000_000, end: plan.end } } })
		expect(past.status).toBe(400)
		expect(past.data.violations.map((v: any) => `${v.field}:${v.code}`)).toContain('start:in-past')
		const retention = await env.api.own('POST', '/meetings', { body: { token, password: PASSWORD, plan: { ...plan, settings: { ...plan.settings, fileRetentionDays: 91 } } } })
		expect(retention.data.violations).toEqual([{ field: 'fileRetentionDays', code: 'out-of-range', message: 'fileRetentionDays is out of range: enter a whole number from 1 to 90' }])
	})

	it('404 for an unknown room, 403 for a non-moderator', async () => {
		const { token, plan } = await plannedRoom()
		expect((await env.api.own('POST', '/meetings', { body: { token: 'zzzz9999', plan, password: PASSWORD } })).status).toBe(404)
		const bob = await env.api.own('POST', '/meetings', { user: 'bob', body: { token, plan, password: PASSWORD } })
		expect(bob.status).toBe(403)
		expect(typeof bob.data.message).toBe('string')
	})

	it('reports a request that breaks our own contract', async () => {
		const reply = await env.api.own('POST', '/meetings', { body: { token: 'abcd1234', plan: { title: 'x' } } })
		expect(reply.status).toBe(500)
		expect((await env.api.control('GET', 'violations'))[0]).toMatchObject({ contract: 'safe_meeting', direction: 'request' })
	})

	it('honours injected failures on our own API', async () => {
		const { token, plan } = await plannedRoom()
		await env.api.control('POST', 'fail', { method: 'POST', path: '/apps/safe_meeting/api/v1/meetings', status: 503 })
		expect((await env.api.own('POST', '/meetings', { body: { token, plan, password: PASSWORD } })).status).toBe(503)
		expect((await env.api.own('POST', '/meetings', { body: { token, plan, password: PASSWORD } })).status).toBe(201)
	})
})

describe('policy', () => {
	it('GET /policy and PUT /policy are admin only (403 {message})', async () => {
		expect((await env.api.own('GET', '/policy')).status).toBe(403)
		const put = await env.api.own('PUT', '/policy', { body: { policy: defaultPolicy() } })
		expect(put.status).toBe(403)
		expect(typeof put.data.message).toBe('string')
		expect((await env.api.own('GET', '/policy', { user: 'admin' })).data).toEqual(defaultPolicy())
	})

	it('stores a valid policy and rejects an invalid one with violations', async () => {
		const policy = defaultPolicy()
		policy.groupRules = [{ group: 'hr', settings: { chatExpiry: { default: 3600, threshold: 3600, locked: true } } }]
		const stored = await env.api.own('PUT', '/policy', { user: 'admin', body: { policy } })
		expect(stored.status).toBe(200)
		const effective = await env.api.own('GET', '/policy/effective')
		expect(effective.data.settings.chatExpiry).toEqual({ default: 3600, threshold: 3600, locked: true })
		expect(effective.data.appliedGroups).toEqual(['hr'])
		const bad = await env.api.own('PUT', '/policy', { user: 'admin', body: { policy: { ...policy, settings: {} } } })
		expect(bad.status).toBe(400)
		expect(bad.data.violations[0]).toMatchObject({ code: 'required' })
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})
})

describe('a policy stored before thresholds', () => {
	it('is converted on the first read, stored back and reported until an admin dismisses the report', async () => {
		const old = defaultPolicy() as unknown as { settings: Record<string, unknown> }
		old.settings.chatExpiry = { default: 0, allowed: [3600, 0], locked: false }
		await env.api.control('POST', 'policy', old)

		const effective = await env.api.own('GET', '/policy/effective')
		expect(effective.data.settings.chatExpiry).toEqual({ default: 3600, threshold: 3600, locked: false })
		expect((await env.api.own('GET', '/policy', { user: 'admin' })).data.settings.chatExpiry).toEqual({ default: 3600, threshold: 3600, locked: false })
		expect((await env.api.own('DELETE', '/policy/migration')).status).toBe(403)
		expect((await env.api.own('DELETE', '/policy/migration', { user: 'admin' })).status).toBe(200)
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})
})
