/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What a page costs to open: the JS and CSS files the browser fetched until the page was usable,
 * measured in Debian's Chromium against the sandbox and summed as gzip -9 of the built files.
 */
import type { Browser, Page } from 'playwright-core'

import { join } from 'node:path'
import { totalGzip } from './sizes.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const ASSET = /^\/apps\/safe_meeting\/((?:js|css)\/[^?]+\.(?:mjs|css))$/

/** Collects the app's JS and CSS files the page fetches from now on. */
function watchAssets(page: Page): { files: Set<string>, stop: () => void } {
	const files = new Set<string>()
	const onRequest = (request: { url: () => string }) => {
		const match = ASSET.exec(new URL(request.url()).pathname)
		if (match !== null) {
			files.add(join(ROOT, match[1]!))
		}
	}
	page.on('request', onRequest)
	return { files, stop: () => page.off('request', onRequest) }
}

export interface PageWeights {
	app: number
	admin: number
	/** Fetched when the wizard opens from the list, on top of the app page. */
	wizard: number
}

export async function measurePageWeights(browser: Browser, base: string): Promise<PageWeights> {
	const page = await browser.newPage()
	try {
		let assets = watchAssets(page)
		await page.goto(`${base}/index.php/apps/safe_meeting/?user=alice`)
		// Usable: the list answered (its empty state or its entries), not just the heading.
		await page.locator('.meetings__list, .empty-content').first().waitFor()
		assets.stop()
		const app = totalGzip(assets.files)

		assets = watchAssets(page)
		await page.getByRole('button', { name: 'New safe meeting' }).first().click()
		await page.getByLabel(/^Title/).first().waitFor()
		assets.stop()
		const wizard = totalGzip(assets.files)

		assets = watchAssets(page)
		await page.goto(`${base}/index.php/settings/admin/safe_meeting?user=admin`)
		await page.getByRole('button', { name: 'Save' }).waitFor()
		assets.stop()
		const admin = totalGzip(assets.files)
		return { app, admin, wizard }
	} finally {
		await page.close()
	}
}
