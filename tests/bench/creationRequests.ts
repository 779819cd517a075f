/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * HTTP requests the browser sends to create one safe meeting with a guest, counted in Debian's
 * Chromium against the sandbox.
 */
import type { Browser, Locator } from 'playwright-core'

/**
 * Talk's web UI (NewConversationDialog) sends name, type, password and participants with the create
 * call; lobby with its timer, chat expiry, recording consent and description are each one more call
 * in the conversation settings afterwards (talk.md §13.3). SIP and listable stay at their defaults.
 */
export const TALK_UI_CALLS = ['POST /room', 'PUT /webinar/lobby', 'POST /message-expiration', 'PUT /recording-consent', 'PUT /description']

const REGISTRATION = '/apps/safe_meeting/api/v1/meetings'

export async function countCreationRequests(browser: Browser, base: string): Promise<number> {
	const page = await browser.newPage()
	try {
		await page.goto(`${base}/index.php/apps/safe_meeting/?user=alice#/new`)
		await page.getByLabel(/^Title/).first().fill('Benchmark meeting')
		// Walks through however many screens the wizard has.
		const nextUntil = async (target: Locator) => {
			while (!await target.isVisible()) {
				await page.getByRole('button', { name: 'Next' }).click()
			}
		}
		const guest = page.getByLabel('Invite a guest by e-mail')
		await nextUntil(guest)
		await guest.fill('guest@example.org')
		await page.getByRole('button', { name: 'Add guest' }).click()
		const create = page.getByRole('button', { name: 'Create safe meeting' })
		await nextUntil(create)
		// Count OCS requests from the click until the registration answered; what the page loads after it is not creation.
		let counting = true
		let count = 0
		const onRequest = (request: { url: () => string }) => {
			if (counting && new URL(request.url()).pathname.startsWith('/ocs/')) {
				count++
			}
		}
		const onResponse = (response: { url: () => string, request: () => { method: () => string } }) => {
			if (response.request().method() === 'POST' && response.url().endsWith(REGISTRATION)) {
				counting = false
			}
		}
		page.on('request', onRequest)
		page.on('response', onResponse)
		await create.click()
		await page.getByText('The safe meeting was created.').waitFor({ timeout: 10_000 })
		return count
	} finally {
		await page.close()
	}
}
