/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Sandbox } from '../../sandbox/index.ts'

// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSandbox } from '../../sandbox/index.ts'

let sandbox: Sandbox

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 })
})
afterAll(async () => {
	await sandbox.close()
})

function initialState(html: string, app: string, key: string): any {
	const found = new RegExp(`id="initial-state-${app}-${key}" value="([^"]+)"`).exec(html)
	return found === null ? undefined : JSON.parse(Buffer.from(found[1]!, 'base64').toString('ascii'))
}

describe('pages', () => {
	it('renders the app page like Nextcloud', async () => {
		const response = await fetch(`${sandbox.url}/index.php/apps/safe_meeting/`)
		const html = await response.text()
		expect(response.headers.get('content-type')).toContain('text/html')
		expect(html).toContain('<html class="ng-csp" lang="en" data-locale="en_US"')
		expect(html).toMatch(/<head data-user="alice" data-user-displayname="Alice" data-requesttoken="[^"]+">/)
		expect(html).toContain('--color-primary-element: #00679e')
		expect(html).toContain('<div id="content" class="app-safe_meeting" role="main"><div id="safe_meeting"></div></div>')
		expect(html).toContain('<script type="module" src="/apps/safe_meeting/js/safe_meeting-main.mjs"></script>')
		expect(initialState(html, 'core', 'capabilities').spreed.features).toContain('conversation-creation-all')
		expect(initialState(html, 'safe_meeting', 'policy').settings.recording.locked).toBe(true)
	})

	it('switches user, language and theme by query and remembers the user', async () => {
		const response = await fetch(`${sandbox.url}/index.php/apps/safe_meeting/?user=bob&lang=de&theme=dark`)
		const html = await response.text()
		expect(html).toContain('lang="de" data-locale="de_DE"')
		expect(html).toContain('data-user="bob"')
		expect(html).toContain('--color-main-background: #171717')
		expect(response.headers.getSetCookie().join(';')).toContain('sandbox_user=bob')
		const again = await (await fetch(`${sandbox.url}/index.php/apps/safe_meeting/`, { headers: { cookie: 'sandbox_user=bob' } })).text()
		expect(again).toContain('data-user="bob"')
	})

	it('serves admin settings to admins only', async () => {
		expect((await fetch(`${sandbox.url}/index.php/settings/admin/safe_meeting?user=alice`)).status).toBe(403)
		const html = await (await fetch(`${sandbox.url}/index.php/settings/admin/safe_meeting?user=admin`)).text()
		expect(html).toContain('<div id="safe_meeting-admin-settings"></div>')
		expect(html).toContain('/apps/safe_meeting/js/safe_meeting-adminSettings.mjs')
		expect(initialState(html, 'safe_meeting', 'organisationPolicy').groupRules).toEqual([])
	})

	it('serves static files with their content type and refuses escapes', async () => {
		const svg = await fetch(`${sandbox.url}/apps/safe_meeting/img/app.svg`)
		expect([svg.status, svg.headers.get('content-type')]).toEqual([200, 'image/svg+xml'])
		expect((await fetch(`${sandbox.url}/apps/safe_meeting/js/..%2F..%2Fpackage.json`)).status).toBe(400)
		expect((await fetch(`${sandbox.url}/apps/safe_meeting/js/missing.mjs`)).status).toBe(404)
	})
})
