/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What a page costs to open: the JS and CSS files the browser started fetching before the page was
 * usable, measured in Debian's Chromium against the sandbox and summed as gzip -9 of the built files.
 *
 * "Usable" is the moment an element that marks it enters the DOM, noted in the page by a
 * MutationObserver; files count by their Resource Timing start. So what a page fetches after it is
 * usable (the admin page's compliance centre) never counts by chance of timing, and is reported apart.
 */
import type { Browser, Page } from 'playwright-core'

import { join } from 'node:path'
import { totalGzip } from './sizes.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const ASSET = /^\/apps\/safe_meeting\/((?:js|css)\/[^?]+\.(?:mjs|css))$/

interface Fetched { name: string, startTime: number }

/**
 * A script noting in the page (window.__usableAt) when an element matching `selector` first appears.
 * Plain text, as the page runs it before any of its own.
 */
function markWhenUsable(selector: string): string {
	return `(() => {
		const observer = new MutationObserver(() => {
			if (document.querySelector(${JSON.stringify(selector)}) !== null) {
				window.__usableAt = performance.now()
				observer.disconnect()
			}
		})
		observer.observe(document, { childList: true, subtree: true })
	})()`
}

/** The app's JS and CSS files the page has started fetching, with when. */
async function fetched(page: Page): Promise<Fetched[]> {
	return page.evaluate(() => performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, startTime: entry.startTime })))
}

function appFiles(entries: Fetched[], until = Infinity, from = -Infinity): Set<string> {
	const files = new Set<string>()
	for (const entry of entries) {
		const match = ASSET.exec(new URL(entry.name).pathname)
		if (match !== null && entry.startTime < until && entry.startTime >= from) {
			files.add(join(ROOT, match[1]!))
		}
	}
	return files
}

/** Opens `path` in a fresh page and returns the files fetched before `usable` appeared, and the page. */
async function open(browser: Browser, url: string, usable: string): Promise<{ page: Page, before: Set<string>, usableAt: number }> {
	const page = await browser.newPage()
	await page.addInitScript({ content: markWhenUsable(usable) })
	await page.goto(url)
	await page.waitForFunction(() => (window as unknown as { __usableAt?: number }).__usableAt !== undefined)
	const usableAt = await page.evaluate(() => (window as unknown as { __usableAt: number }).__usableAt)
	return { page, before: appFiles(await fetched(page), usableAt), usableAt }
}

export interface PageWeights {
	app: number
	admin: number
	/** Fetched when the wizard opens from the list, on top of the app page. */
	wizard: number
	/** Fetched by the admin page after it is usable: the compliance centre and the receipts. */
	adminAfter: number
}

export async function measurePageWeights(browser: Browser, base: string): Promise<PageWeights> {
	// Usable: the list answered (its empty state or its entries), not just the heading.
	const list = await open(browser, `${base}/index.php/apps/safe_meeting/?user=alice`, '.meetings__list, .empty-content')
	try {
		const clickedAt = await list.page.evaluate(() => performance.now())
		await list.page.getByRole('button', { name: 'New safe meeting' }).first().click()
		await list.page.getByLabel(/^Title/).first().waitFor()
		const wizard = appFiles(await fetched(list.page), Infinity, clickedAt)
		for (const file of list.before) {
			wizard.delete(file)
		}

		// Usable: the policy editor with its Save button.
		const admin = await open(browser, `${base}/index.php/settings/admin/safe_meeting?user=admin`, '[data-action="save"]')
		try {
			await admin.page.locator('.compliance-centre').waitFor()
			await admin.page.getByRole('heading', { name: 'Deletion receipts' }).waitFor()
			const after = appFiles(await fetched(admin.page), Infinity, admin.usableAt)
			for (const file of admin.before) {
				after.delete(file)
			}
			return { app: totalGzip(list.before), wizard: totalGzip(wizard), admin: totalGzip(admin.before), adminAfter: totalGzip(after) }
		} finally {
			await admin.page.close()
		}
	} finally {
		await list.page.close()
	}
}
