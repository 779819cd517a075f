/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { CookieJar, useSandbox } from './client.ts'
import { PASSWORD, safeMeeting } from './safeMeeting.ts'

const env = useSandbox()
/** A room created and registered the way the wizard does it; `register: false` leaves it unregistered. */
async function safeRoom(register = true, guests = true): Promise<string> {
	return (await safeMeeting(env.api, { title: 'Guarded', register, guests })).token
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

	it('while locked, adds no new participants through Talk\'s API, and invites an e-mail guest only through an admission', async () => {
		const token = await safeRoom()
		expect((await env.api.own('POST', `/meetings/${token}/lock`)).status).toBe(200)
		const attendees = async () => (await env.api.control<{ token: string, attendees: unknown[] }[]>('GET', 'rooms')).find((r) => r.token === token)!.attendees.length
		const before = await attendees()

		const email = await env.api.talk('POST', `/room/${token}/participants`, { body: { newParticipant: 'late@example.org', source: 'emails' } })
		expect(email.status).toBe(403)
		expect(email.data).toEqual({ error: 'new-participant', message: 'This safe meeting is locked. Admit the guest with the meeting\'s controls or with /admit in the chat.' })
		expect((await env.api.talk('POST', `/room/${token}/participants`, { body: { newParticipant: 'bob', source: 'users' } })).status).toBe(403)
		expect(await attendees()).toBe(before)

		expect((await env.api.own('POST', `/meetings/${token}/admissions`, { body: { email: 'late@example.org' } })).status).toBe(201)
		expect(await attendees()).toBe(before + 1)
		expect((await env.api.own('DELETE', `/meetings/${token}/lock`)).status).toBe(200)
		expect((await env.api.talk('POST', `/room/${token}/participants`, { body: { newParticipant: 'bob', source: 'users' } })).status).toBe(200)
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

describe('guests of a locked safe meeting', () => {
	/** A guest's browser: no account, its own cookies (its PHP session). */
	function browser() {
		const jar = new CookieJar()
		return (method: string, path: string, body?: unknown) => env.api.talk(method, path, { user: null, jar, ...(body === undefined ? {} : { body }) })
	}

	it('lets a guest whom Talk cleaned up after a dropped connection back in from the same browser, and no new guest', async () => {
		const { token } = await safeMeeting(env.api, { start: Math.floor(Date.now() / 1000), settings: { autoLock: 'off' } })
		const first = browser()
		const joined = await first('POST', `/room/${token}/participants/active`, { password: PASSWORD })
		expect(joined.status).toBe(200)
		expect((await env.api.own('POST', `/meetings/${token}/lock`)).status).toBe(200)

		const left = await env.api.control<{ actorId: string }[]>('POST', 'clean-up-guests', { token })
		expect(left.map((a) => a.actorId)).not.toContain(joined.data.actorId)

		const back = await first('POST', `/room/${token}/participants/active`, { password: PASSWORD })
		expect([back.status, back.data.actorType]).toEqual([200, 'guests'])
		expect((await browser()('POST', `/room/${token}/participants/active`, { password: PASSWORD })).status).toBe(404)
		const meeting = (await env.api.control<{ token: string, lock: { refusedJoins: number } }[]>('GET', 'meetings')).find((m) => m.token === token)!
		expect(meeting.lock.refusedJoins).toBe(1)
	})
})
