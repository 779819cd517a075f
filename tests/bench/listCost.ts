/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What "My safe meetings" costs with 1, 10 and 500 meetings: the requests the browser sends and the
 * time until the list shows them (the first page of 50, then every further page on demand). One meeting
 * in ten runs now, with its moderator controls: a request per running meeting would show here.
 */
import type { Browser } from 'playwright-core'
import type { Sandbox } from '../../sandbox/index.ts'

import { resetState } from '../../sandbox/state.ts'
import { createRoom } from '../../sandbox/talk/rooms.ts'
import { findUser } from '../../sandbox/users.ts'
import { defaultPolicy } from '../../src/policy/defaultPolicy.ts'
import { effectivePolicy } from '../../src/policy/effectivePolicy.ts'
import { planMeeting } from '../../src/policy/planMeeting.ts'

const PAGE = 50
/** Every RUNNING_EVERY-th meeting (the first included) runs now, besides the one the timeline puts now. */
export const RUNNING_EVERY = 10

/** Registers `count` safe meetings of alice directly in the sandbox's state (rooms included); returns how many run now. */
function seed(sandbox: Sandbox, count: number): number {
	resetState(sandbox.state)
	const alice = findUser('alice')!
	const now = Math.floor(Date.now() / 1000)
	let runningNow = 0
	for (let i = 0; i < count; i++) {
		const running = i % RUNNING_EVERY === 0
		const start = running ? now - 600 : now + (i - count / 2) * 3600
		const result = planMeeting(effectivePolicy(defaultPolicy(), alice.groups), {
			title: `Meeting ${i + 1}`,
			description: '',
			start,
			end: start + 1800,
			users: [],
			emails: [],
			guestLink: true,
			password: 'bench-password-1234567',
			settings: {},
		}, Math.min(now, start))
		if (!result.ok) {
			throw new Error(JSON.stringify(result.violations))
		}
		// (The wizard's own request helpers need a browser; the room is what conversation-creation-all makes.)
		const { participants, ...plan } = result.plan
		const { room } = createRoom(sandbox.state, alice, { ...plan.talk, roomName: plan.title, password: 'bench-password-1234567', description: plan.description, participants }, { method: 'POST', path: 'bench', user: 'alice', body: null }, sandbox.url)
		const lock = { locked: false, lockedAt: null, lockedBy: null, reason: null, refusedJoins: 0, callStartedAt: null }
		sandbox.state.meetings.push({ id: i + 1, token: room.token, owner: 'alice', createdAt: now + i, plan, lock })
		runningNow += plan.start <= now && now < plan.end ? 1 : 0
	}
	return runningNow
}

export interface ListCost {
	meetings: number
	/** Of them running now, each with its moderator controls. */
	running: number
	/** Until the first page is shown. */
	firstRequests: number
	firstMs: number
	/** Until every meeting is shown ("Show more meetings" clicked as often as offered). */
	allRequests: number
	allMs: number
}

export async function measureListCost(browser: Browser, sandbox: Sandbox, count: number): Promise<ListCost> {
	const running = seed(sandbox, count)
	const page = await browser.newPage()
	try {
		let requests = 0
		page.on('request', (request) => {
			if (new URL(request.url()).pathname.startsWith('/ocs/')) {
				requests++
			}
		})
		const cards = page.locator('article.meeting')
		const started = Date.now()
		await page.goto(`${sandbox.url}/index.php/apps/safe_meeting/?user=alice`)
		await cards.nth(Math.min(count, PAGE) - 1).waitFor()
		const firstMs = Date.now() - started
		// Requests sent once the cards show (the running meetings' controls load then) count too.
		await page.waitForLoadState('networkidle')
		const firstRequests = requests
		const more = page.getByRole('button', { name: 'Show more meetings' })
		for (let shown = Math.min(count, PAGE); shown < count; shown = Math.min(count, shown + PAGE)) {
			await more.click()
			await cards.nth(Math.min(count, shown + PAGE) - 1).waitFor()
		}
		const allMs = Date.now() - started
		await page.waitForLoadState('networkidle')
		return { meetings: count, running, firstRequests, firstMs, allRequests: requests, allMs }
	} finally {
		await page.close()
	}
}
