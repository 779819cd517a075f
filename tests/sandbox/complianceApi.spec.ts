/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The sandbox's compliance API answers as openapi.json says: every request and response here passes
 * the sandbox's contract validation (a violation would be a 500 and a recorded violation).
 */

// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { useSandbox } from './client.ts'

const env = useSandbox()
const admin = { user: 'admin' }

afterEach(async () => {
	expect(await env.api.control('GET', 'violations')).toEqual([])
})

describe('compliance API in the sandbox', () => {
	it('reports the criteria with evidence and applies a fix once', async () => {
		const report = await env.api.own('GET', '/compliance', admin)
		expect(report.status).toBe(200)
		const access = report.data.criteria.find((c: { criterion: number }) => c.criterion === 5)
		expect(access).toMatchObject({ status: 'fails', fix: { kind: 'action', action: 'force-passwords' } })

		const fixed = await env.api.own('POST', '/compliance/fixes/force-passwords', admin)
		expect(fixed.status).toBe(200)
		expect(fixed.data.criterion.status).toBe('holds')
		expect(env.sandbox.state.compliance.audit).toHaveLength(1)
	})

	it('refuses an unknown fix in the path and everything for other users', async () => {
		expect((await env.api.own('POST', '/compliance/fixes/drop-tables', admin)).status).toBe(500)
		expect(await env.api.control('GET', 'violations')).toHaveLength(1)
		env.sandbox.state.violations.length = 0
		for (const [method, path] of [['GET', '/compliance'], ['GET', '/compliance/meetings'], ['GET', '/compliance/evidence'], ['GET', '/compliance/record'], ['GET', '/compliance/no-monitoring']]) {
			expect((await env.api.own(method!, path!, { user: 'bob' })).status).toBe(403)
		}
	})

	it('pages the overview and refuses a bad filter with 400', async () => {
		const page = await env.api.own('GET', '/compliance/meetings?status=findings&page=1&limit=10', admin)
		expect(page.data).toEqual({ meetings: [], total: 0, counts: { compliant: 0, findings: 0, 'room-missing': 0 } })
		// Out of the contract's range: recorded as a violation, answered by our controller's own check.
		expect((await env.api.own('GET', '/compliance/meetings?limit=500', admin)).status).toBe(400)
		env.sandbox.state.violations.length = 0
	})

	it('records evidence, switches the profile and keeps the record contact', async () => {
		const refused = await env.api.own('POST', '/compliance/evidence', { ...admin, body: { item: 'dpia', documentRef: '', reviewDue: '2000-01-01' } })
		expect(refused.status).toBe(400)
		const nextYear = new Date(Date.now() + 365 * 86400 * 1000).toISOString().slice(0, 10)
		const recorded = await env.api.own('POST', '/compliance/evidence', { ...admin, body: { item: 'dpia', documentRef: 'DPIA 2026', reviewDue: nextYear } })
		expect(recorded.status).toBe(201)
		expect(recorded.data.items.find((i: { item: string }) => i.item === 'dpia').attestation.documentRef).toBe('DPIA 2026')

		const profile = await env.api.own('PUT', '/compliance/no-monitoring', { ...admin, body: { enabled: true } })
		expect(profile.data).toMatchObject({ enabled: true, publicReadReceipts: 0 })

		expect((await env.api.own('PUT', '/compliance/record/contact', { ...admin, body: { contact: 'Town hall', dpo: 'dpo@example.org' } })).status).toBe(200)
		const record = await env.api.own('GET', '/compliance/record', admin)
		expect(record.data.sections[0].rows).toContainEqual({ label: 'Contact', value: 'Town hall' })
	})
})
