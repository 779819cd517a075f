/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The sandbox's compliance API answers as openapi.json says: every request and response here passes
 * the sandbox's contract validation (a violation would be a 500 and a recorded violation).
 */

// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { useSandbox } from './client.ts'

const env = useSandbox()
const admin = { user: 'admin' }

afterEach(async () => {
	expect(await env.api.control('GET', 'violations')).toEqual([])
})

/** Number, title and sources of every criterion class in lib/Compliance/Criteria, in number order. */
function phpCriteria(): { criterion: number, title: string, sources: string }[] {
	const dir = new URL('../../lib/Compliance/Criteria/', import.meta.url)
	return readdirSync(dir).map((file) => {
		const code = readFileSync(new URL(file, dir), 'utf8')
		const [, id] = /function id\(\): int \{\s*return (\d+);/.exec(code)!
		const [, title] = /function title\(\): string \{\s*return \$this->l->t\('((?:[^'\\]|\\.)*)'\);/.exec(code)!
		const [, sources] = /function sources\(\): string \{\s*return '([BD+]+)';/.exec(code)!
		return { criterion: Number(id), title: title!.replace(/\\(.)/g, '$1'), sources: sources! }
	}).sort((a, b) => a.criterion - b.criterion)
}

describe('compliance API in the sandbox', () => {
	it('reports every criterion the server evaluates, in order, with the same titles and sources', async () => {
		const report = await env.api.own('GET', '/compliance', admin)
		const criteria = report.data.criteria.map(({ criterion, title, sources }: { criterion: number, title: string, sources: string }) => ({ criterion, title, sources }))
		expect(criteria.map((c: { criterion: number }) => c.criterion)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1))
		expect(criteria).toEqual(phpCriteria())
	})

	it('reads the settings criteria from Talk\'s and core\'s configuration', async () => {
		const criterion = async (n: number) => (await env.api.own('GET', '/compliance', admin)).data.criteria.find((c: { criterion: number }) => c.criterion === n)
		expect(await criterion(8)).toMatchObject({ status: 'holds' })
		env.sandbox.state.compliance.talk.default_permissions = '255'
		expect(await criterion(8)).toMatchObject({ status: 'fails', fix: { kind: 'link', setting: 'occ config:app:set spreed default_permissions --value=247' } })
		expect(await criterion(12)).toMatchObject({ status: 'holds' })
		env.sandbox.state.compliance.talk.retention_event_rooms = '0'
		env.sandbox.state.compliance.talk.retention_phone_rooms = '3'
		expect((await criterion(12)).fix).toMatchObject({ kind: 'action', action: 'talk-retention', setting: 'occ config:app:set spreed retention_event_rooms --value=28' })
		const fixed = await env.api.own('POST', '/compliance/fixes/talk-retention', admin)
		expect(fixed.data.criterion.status).toBe('holds')
		expect(env.sandbox.state.compliance.talk).toMatchObject({ retention_event_rooms: '28', retention_phone_rooms: '3' })
		env.sandbox.state.compliance.enabledApps = env.sandbox.state.compliance.enabledApps.filter((app) => app !== 'password_policy')
		expect(await criterion(6)).toMatchObject({ status: 'fails', summary: 'Passwords do not have to be at least 10 characters long.' })
		expect(await criterion(2)).toMatchObject({ status: 'fails', summary: '1 provider has no known transfer basis.' })
	})

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
