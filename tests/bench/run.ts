/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * `npm run bench` (builds first): what creating a meeting and opening the pages cost.
 * (a) HTTP requests to create one safe meeting with a guest, with and without Talk's
 *     conversation-creation-all, next to what Talk's own web UI needs for the same settings;
 * (b) the JS and CSS each page fetches before it is usable (gzip -9), next to a bare page built
 *     the same way, and what the wizard loads on demand; the script added to every Talk page
 *     (js/safe_meeting-talk.mjs) must stay within 5 KiB with what it imports;
 * (c) requests and time until "My safe meetings" shows 1, 10 and 500 meetings, one in ten running;
 * (d) the retention job over many meetings against counting doubles, next to the naive way (PHP: retention.php);
 * (e) the compliance evaluator over 10 000 rooms (tests/bench/compliance.ts).
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { startSandbox } from '../../sandbox/index.ts'
import { barePageSize } from './barePage.ts'
import { benchCompliance, BUDGET_MS, ROOMS } from './compliance.ts'
import { countCreationRequests, TALK_UI_CALLS } from './creationRequests.ts'
import { measureListCost, RUNNING_EVERY } from './listCost.ts'
import { measurePageWeights } from './pageWeight.ts'
import { kB, staticGraph, totalGzip } from './sizes.ts'

const ROOT = new URL('../../', import.meta.url).pathname
/** Budget of the script on Talk's pages, gzip, with the chunks it loads before it runs (issue #8). */
const TALK_ENTRY_BUDGET = 5 * 1024

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

const sandbox = await startSandbox({ port: 0 })
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS })
const control = (path: string, body?: object) => fetch(`${sandbox.url}/__sandbox/${path}`, { method: 'POST', ...(body === undefined ? {} : { body: JSON.stringify(body) }), headers: { 'Content-Type': 'application/json', 'X-Sandbox-Control': '1' } })
try {
	// A fresh page per run: capabilities come with the page load, as in Nextcloud.
	const withAll = await countCreationRequests(browser, sandbox.url)
	await control('reset')
	await control('capabilities', { 'conversation-creation-all': false })
	const fallback = await countCreationRequests(browser, sandbox.url)
	await control('reset')

	console.log('(a) HTTP requests to create one safe meeting with a guest (Talk + registration)')
	console.log(`    with conversation-creation-all:    ${withAll}  (1 create, 1 enabling our bot, 1 registration)`)
	console.log(`    without conversation-creation-all: ${fallback}  (create, settings one by one, make public, invite, verify, enable our bot, register)`)
	console.log(`    Talk's own web UI, same settings:   ${TALK_UI_CALLS.length}  (${TALK_UI_CALLS.join(', ')}; no registration, no verification)`)

	const weights = await measurePageWeights(browser, sandbox.url)
	const bare = await barePageSize()
	const ratio = (bytes: number) => `${(bytes / bare).toFixed(2)} × the bare page`
	console.log('(b) JS + CSS fetched before the page is usable, gzip -9 (1 kB = 1000 B)')
	console.log(`    app page ("My safe meetings"): ${kB(weights.app).padStart(9)}  (${ratio(weights.app)})`)
	console.log(`    admin settings page:           ${kB(weights.admin).padStart(9)}  (${ratio(weights.admin)}; the policy editor)`)
	console.log(`      then, once it is painted:    ${kB(weights.adminAfter).padStart(9)}  (the compliance centre and the receipts below it)`)
	console.log(`    bare page, built the same way: ${kB(bare).padStart(9)}  (NcAppContent, NcAppNavigation, NcButton, NcDialog)`)
	console.log(`    wizard, loaded when opened:    ${kB(weights.wizard).padStart(9)}  (on top of the app page)`)
	const talkScript = totalGzip(staticGraph(`${ROOT}js/safe_meeting-talk.mjs`))
	const within = talkScript <= TALK_ENTRY_BUDGET
	console.log(`    script on Talk's pages:        ${kB(talkScript).padStart(9)}  (with its imports; budget ${kB(TALK_ENTRY_BUDGET)}: ${within ? 'within' : 'OVER BUDGET'})`)
	if (!within) {
		process.exitCode = 1
	}

	console.log('(c) "My safe meetings": HTTP requests (OCS) and time in Chromium until the meetings are shown')
	console.log('    the first page (50) comes with the page as initial state; each further page is one request;')
	console.log(`    one meeting in ${RUNNING_EVERY} runs now, with its moderator controls (they ask Talk who is in the call only on demand)`)
	for (const count of [1, 10, 500]) {
		const cost = await measureListCost(browser, sandbox, count)
		const all = count > 50 ? `; all ${count}: ${cost.allRequests} requests, ${cost.allMs} ms` : ''
		console.log(`    ${String(count).padStart(3)} meetings (${cost.running} running): first page ${cost.firstRequests} requests, ${cost.firstMs} ms${all}`)
	}
} finally {
	await browser.close()
	await sandbox.close()
}

const retention = spawnSync('php', [join(ROOT, 'tests/bench/retention.php')], { stdio: 'inherit' })
if (retention.status !== 0) {
	console.error('(d) the retention benchmark failed')
	process.exitCode = 1
}

const compliance = benchCompliance()
console.log(`(e) compliance evaluator over ${ROOMS} rooms (census + every safe meeting against its plan), budget ${BUDGET_MS} ms`)
console.log(`    median ${compliance.medianMs.toFixed(2)} ms, slowest ${compliance.maxMs.toFixed(2)} ms of 25 runs: ${compliance.medianMs < BUDGET_MS ? 'within' : 'OVER'} budget`)
console.log(`    found ${JSON.stringify(compliance.counts)}`)
