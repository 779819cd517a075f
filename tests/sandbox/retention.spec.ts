/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { useSandbox } from './client.ts'
import { safeMeeting } from './safeMeeting.ts'

const env = useSandbox()
const DAY = 86400

async function share(token: string, name: string, extra: Record<string, unknown> = {}) {
	return await env.api.control('POST', 'shares', { token, name, ...extra })
}

describe('retention preview and purge', () => {
	it('lists what goes when, validated against openapi.json', async () => {
		const start = Math.floor(Date.now() / 1000) + DAY
		const { token } = await safeMeeting(env.api, { start, users: ['bob'], settings: { fileRetentionDays: 30, meetingRetentionDays: 60 } })
		await share(token, 'agenda.pdf', { sharedAt: start })
		await share(token, 'report.pdf', { sharedAt: start, location: 'elsewhere' })

		const reply = await env.api.own('GET', `/meetings/${token}/retention`)

		expect(reply.status).toBe(200)
		expect(reply.data.items.map((i: { name: string, action: string, reason: string | null }) => [i.name, i.action, i.reason])).toEqual([
			['agenda.pdf', 'delete', null],
			['report.pdf', 'unshare', 'outside-talk-folder'],
			['Board meeting', 'delete', null],
		])
		expect(reply.data.items[0].dueAt).toBe(start + 30 * DAY)
		expect(reply.data.items[2].dueAt).toBe(start + 3600 + 60 * DAY)
		expect(reply.data.chat.messageExpiration).toBeGreaterThan(0)
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('purges everything now with receipts naming the moderator, and the meeting is gone', async () => {
		const { token } = await safeMeeting(env.api, { users: ['bob'] })
		await share(token, 'agenda.pdf')
		await share(token, 'group.pdf', { location: 'group-folder' })

		const reply = await env.api.own('POST', `/meetings/${token}/purge`)

		expect(reply.status).toBe(200)
		expect(reply.data).toEqual({ deleted: 4, kept: 1, purged: true })
		const rooms = await env.api.control('GET', 'rooms')
		expect(rooms).toEqual([])
		expect((await env.api.own('GET', '/meetings')).data.meetings).toEqual([])
		const receipts = (await env.api.own('GET', '/receipts')).data.receipts
		expect(receipts.map((r: { kind: string, action: string }) => `${r.kind} ${r.action}`)).toEqual(['conversation deleted', 'file kept', 'share deleted', 'file deleted', 'share deleted'])
		expect(new Set(receipts.map((r: { actorId: string }) => r.actorId))).toEqual(new Set(['alice']))
		expect((await env.api.own('POST', `/meetings/${token}/purge`)).status).toBe(404)
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('lets only moderators see or purge', async () => {
		const { token } = await safeMeeting(env.api, { users: ['bob'] })
		expect((await env.api.own('GET', `/meetings/${token}/retention`, { user: 'bob' })).status).toBe(403)
		expect((await env.api.own('POST', `/meetings/${token}/purge`, { user: 'bob' })).status).toBe(403)
		expect((await env.api.own('POST', `/meetings/${token}/purge`, { user: 'carol' })).status).toBe(404)
		expect(await env.api.control('GET', 'rooms')).toHaveLength(1)
	})
})

describe('receipts', () => {
	it('shows admins all receipts and others their own, a page at a time', async () => {
		const { token } = await safeMeeting(env.api)
		await share(token, 'a.pdf')
		await share(token, 'b.pdf')
		await env.api.own('POST', `/meetings/${token}/purge`)

		expect((await env.api.own('GET', '/receipts', { user: 'bob' })).data.receipts).toEqual([])
		expect((await env.api.own('GET', '/receipts', { user: 'admin' })).data.receipts).toHaveLength(5)
		const page = await env.api.own('GET', '/receipts?limit=2&offset=0')
		expect(page.data.receipts).toHaveLength(2)
		expect(page.data.hasMore).toBe(true)
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})

	it('exports them as CSV', async () => {
		const { token } = await safeMeeting(env.api)
		await share(token, '=cmd|calc.pdf')
		await env.api.own('POST', `/meetings/${token}/purge`)

		const response = await fetch(`${env.sandbox.url}/ocs/v2.php/apps/safe_meeting/api/v1/receipts/export`, {
			headers: { 'OCS-APIRequest': 'true', Authorization: 'Basic ' + Buffer.from('alice:secret').toString('base64') },
		})

		expect(response.status).toBe(200)
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
		const lines = (await response.text()).trim().split('\n')
		expect(lines[0]).toBe('Receipt,Meeting,Kind,"Object ID",Name,Action,Reason,Rule,"Time (UTC)",Actor,User')
		expect(lines).toHaveLength(4)
		expect(lines[1]).toContain(`,${token},share,`)
		expect(lines[2]).toContain(`,${token},file,`)
		expect(lines[2]).toContain(',\'=cmd|calc.pdf,deleted,,purge,')
	})

	it('lets only admins set the receipt period, within range', async () => {
		expect((await env.api.own('GET', '/receipts/settings', { user: 'admin' })).data).toEqual({ retentionDays: 365 })
		expect((await env.api.own('PUT', '/receipts/settings', { user: 'alice', body: { retentionDays: 30 } })).status).toBe(403)
		expect((await env.api.own('PUT', '/receipts/settings', { user: 'admin', body: { retentionDays: 0 } })).status).toBe(400)
		expect((await env.api.own('PUT', '/receipts/settings', { user: 'admin', body: { retentionDays: 30 } })).data).toEqual({ retentionDays: 30 })
		expect(await env.api.control('GET', 'violations')).toEqual([])
	})
})
