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

/** A room created and registered the way the wizard does it; `register: false` leaves it unregistered. */
async function safeRoom(register = true, guests = true): Promise<string> {
	const now = Math.floor(Date.now() / 1000)
	const result = planMeeting(effectivePolicy(defaultPolicy(), ['hr']), {
		title: 'Guarded',
		description: '',
		start: now + 3600,
		end: now + 7200,
		users: [],
		emails: [],
		guestLink: guests,
		password: PASSWORD,
		settings: {},
	}, now)
	if (!result.ok) {
		throw new Error('plan rejected')
	}
	const { participants, talk, ...rest } = result.plan
	const room = await env.api.talk('POST', '/room', {
		body: { ...talk, roomName: rest.title, password: PASSWORD, description: rest.description, participants, readOnly: 0, permissions: 0, mentionPermissions: 0 },
	})
	const token = room.data.token as string
	if (register) {
		expect((await env.api.own('POST', '/meetings', { body: { token, plan: { ...rest, talk }, password: guests ? PASSWORD : '' } })).status).toBe(201)
	}
	return token
}

describe('Talk API on registered safe meetings (what the PHP guard adds)', () => {
	it.each([
		['removing the password', 'PUT', 'password', { password: '' }],
		['shortening the password below the plan\'s minimum', 'PUT', 'password', { password: 'thirteen-char' }],
		['listing the room', 'PUT', 'listable', { scope: 1 }],
		['switching the lobby off', 'PUT', 'webinar/lobby', { state: 0 }],
		['switching chat expiry off', 'POST', 'message-expiration', { seconds: 0 }],
		['dropping recording consent', 'PUT', 'recording-consent', { recordingConsent: 0 }],
		['removing the privacy notice', 'PUT', 'description', { description: 'Agenda only' }],
	])('refuses %s with Talk\'s 400 and changes nothing', async (_name, method, path, body) => {
		const token = await safeRoom()
		const before = (await env.api.control<{ token: string }[]>('GET', 'rooms')).find((r) => r.token === token)
		const reply = await env.api.talk(method, `/room/${token}/${path}`, { body })
		expect(reply.status).toBe(400)
		expect(reply.data.error).toBe('value')
		const after = (await env.api.control<{ token: string }[]>('GET', 'rooms')).find((r) => r.token === token)
		expect(after).toEqual(before)
	})

	it('refuses e-mail guests in a safe meeting without guests (403), and adds nobody', async () => {
		const token = await safeRoom(true, false)
		const reply = await env.api.talk('POST', `/room/${token}/participants`, { body: { newParticipant: 'guest@example.org', source: 'emails' } })
		expect(reply.status).toBe(403)
		expect(reply.data.error).toBe('new-participant')
		const room = (await env.api.control<{ token: string, type: number, attendees: unknown[] }[]>('GET', 'rooms')).find((r) => r.token === token)!
		expect(room.type).toBe(2)
		expect(room.attendees).toHaveLength(1)
	})

	it('allows making a registered room stricter', async () => {
		const token = await safeRoom()
		expect((await env.api.talk('POST', `/room/${token}/message-expiration`, { body: { seconds: 3600 } })).status).toBe(200)
	})

	it('leaves rooms that are not safe meetings to Talk', async () => {
		const token = await safeRoom(false)
		expect((await env.api.talk('PUT', `/room/${token}/password`, { body: { password: '' } })).status).toBe(200)
	})
})
