/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * `npm run bench` (after `npm run build`): the budgets of issue #2.
 * (a) HTTP requests the browser sends to create one safe meeting with a guest, with and without Talk's
 *     conversation-creation-all, counted in Debian's Chromium against the sandbox, next to what
 *     Talk's own web UI needs for the same settings;
 * (b) the gzip size of every built entry, alone and with the chunks it statically imports; the script
 *     added to every Talk page (js/safe_meeting-talk.mjs) must stay within 5 kB with what it imports;
 * (c) the retention job over many meetings against counting doubles, next to the naive way (PHP: retention.php).
 * (d) the compliance evaluator over 10 000 rooms (issue #10, tests/bench/compliance.ts).
 */
import type { Page } from 'playwright-core'

import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { startSandbox } from '../../sandbox/index.ts'
import { benchCompliance, BUDGET_MS, ROOMS } from './compliance.ts'

const ROOT = new URL('../../', import.meta.url).pathname
/** Budget of the script on Talk's pages, gzip, with the chunks it loads before it runs (issue #8). */
const TALK_ENTRY_BUDGET = 5 * 1024

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/**
 * Talk's web UI (NewConversationDialog) sends name, type, password and participants with the create
 * call; lobby with its timer, chat expiry, recording consent and description are each one more call
 * in the conversation settings afterwards (talk.md §13.3). SIP and listable stay at their defaults.
 */
const TALK_UI_CALLS = ['POST /room', 'PUT /webinar/lobby', 'POST /message-expiration', 'PUT /recording-consent', 'PUT /description']

async function countCreationRequests(page: Page, base: string): Promise<number> {
	await page.goto(`${base}/index.php/apps/safe_meeting/?user=alice#/new`)
	await page.getByLabel(/^Title/).first().fill('Benchmark meeting')
	const next = page.getByRole('button', { name: 'Next' })
	await next.click()
	await page.getByLabel('Invite a guest by e-mail').fill('guest@example.org')
	await page.getByRole('button', { name: 'Add guest' }).click()
	for (let step = 0; step < 5; step++) {
		await next.click()
	}
	// Count OCS requests from the click until the registration answered; the list's reload after it is not creation.
	let counting = true
	let count = 0
	const onRequest = (request: { url: () => string }) => {
		if (counting && new URL(request.url()).pathname.startsWith('/ocs/')) {
			count++
		}
	}
	const onResponse = (response: { url: () => string, request: () => { method: () => string } }) => {
		if (response.request().method() === 'POST' && response.url().endsWith('/apps/safe_meeting/api/v1/meetings')) {
			counting = false
		}
	}
	page.on('request', onRequest)
	page.on('response', onResponse)
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await page.getByText('The safe meeting was created.').waitFor({ timeout: 10_000 }).catch(async (error) => {
		await page.screenshot({ path: '/tmp/bench-fail.png' })
		throw error
	})
	page.off('request', onRequest)
	page.off('response', onResponse)
	return count
}

/** Files an entry loads before it runs: static `import … from "./x"` (JS) and `@import './x'` (CSS), transitively. */
function loadedWithEntry(dir: string, file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file) || !existsSync(join(ROOT, dir, file))) {
		return seen
	}
	seen.add(file)
	const code = readFileSync(join(ROOT, dir, file), 'utf8')
	const pattern = dir === 'js' ? /(?:from|import)\s*["']\.\/([^"']+)["']/g : /@import\s+['"]\.\/([^'"]+)['"]/g
	for (const match of code.matchAll(pattern)) {
		loadedWithEntry(dir, match[1]!, seen)
	}
	return seen
}

function entrySizes(): { file: string, gzip: number, withImports: number, files: number }[] {
	const gzipped = (dir: string, file: string) => gzipSync(readFileSync(join(ROOT, dir, file)), { level: 9 }).length
	const rows = []
	for (const dir of ['js', 'css']) {
		if (!existsSync(join(ROOT, dir))) {
			continue
		}
		for (const file of readdirSync(join(ROOT, dir)).filter((f) => /^safe_meeting-[^.]+\.(mjs|css)$/.test(f)).sort()) {
			const loaded = [...loadedWithEntry(dir, file)]
			rows.push({ file: `${dir}/${file}`, gzip: gzipped(dir, file), withImports: loaded.reduce((sum, f) => sum + gzipped(dir, f), 0), files: loaded.length })
		}
	}
	return rows
}

const sandbox = await startSandbox({ port: 0 })
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS })
try {
	// A fresh page per run: capabilities come with the page load, as in Nextcloud.
	const withAll = await countCreationRequests(await browser.newPage(), sandbox.url)
	await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST', headers: { 'X-Sandbox-Control': '1' } })
	await fetch(`${sandbox.url}/__sandbox/capabilities`, { method: 'POST', body: JSON.stringify({ 'conversation-creation-all': false }), headers: { 'Content-Type': 'application/json', 'X-Sandbox-Control': '1' } })
	const fallback = await countCreationRequests(await browser.newPage(), sandbox.url)

	console.log('(a) HTTP requests to create one safe meeting with a guest (Talk + registration)')
	console.log(`    with conversation-creation-all:    ${withAll}  (1 create, 1 enabling our bot, 1 registration)`)
	console.log(`    without conversation-creation-all: ${fallback}  (create, settings one by one, make public, invite, verify, enable our bot, register)`)
	console.log(`    Talk's own web UI, same settings:   ${TALK_UI_CALLS.length}  (${TALK_UI_CALLS.join(', ')}; no registration, no verification)`)
	console.log('(b) gzip size of every built entry')
	const rows = entrySizes()
	if (rows.length === 0) {
		console.log('    no build found: run `npm run build` first')
	}
	const kB = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} kB`
	for (const row of rows) {
		console.log(`    ${row.file.padEnd(36)} gzip ${kB(row.gzip)}; with the ${row.files - 1} chunks it imports: ${kB(row.withImports)}`)
	}
	const talkEntry = rows.find((row) => row.file === 'js/safe_meeting-talk.mjs')
	if (talkEntry !== undefined) {
		const within = talkEntry.withImports <= TALK_ENTRY_BUDGET
		console.log(`    Talk page script with its imports: ${kB(talkEntry.withImports)} of ${kB(TALK_ENTRY_BUDGET)} budget: ${within ? 'within' : 'OVER BUDGET'}`)
		if (!within) {
			process.exitCode = 1
		}
	}
} finally {
	await browser.close()
	await sandbox.close()
}

const retention = spawnSync('php', [join(ROOT, 'tests/bench/retention.php')], { stdio: 'inherit' })
if (retention.status !== 0) {
	console.error('(c) the retention benchmark failed')
	process.exitCode = 1
}

const compliance = benchCompliance()
console.log(`(d) compliance evaluator over ${ROOMS} rooms (census + every safe meeting against its plan), budget ${BUDGET_MS} ms`)
console.log(`    median ${compliance.medianMs.toFixed(2)} ms, slowest ${compliance.maxMs.toFixed(2)} ms of 25 runs: ${compliance.medianMs < BUDGET_MS ? 'within' : 'OVER'} budget`)
console.log(`    found ${JSON.stringify(compliance.counts)}`)
