/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { APP, expectSafeHistory, resetSandbox, sandboxGet } from './sandbox.ts'

test.beforeEach(async ({ request }) => resetSandbox(request))

/** Presses Tab until the focused element has the given accessible text, like a keyboard user looking for it. */
async function tabTo(page: Page, name: RegExp, limit = 40): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab')
		const focused = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null
			return (element?.getAttribute('aria-label') || element?.innerText || (element as HTMLInputElement | null)?.labels?.[0]?.innerText || '').trim()
		})
		if (name.test(focused)) {
			return
		}
	}
	throw new Error(`no focusable element named ${name} within ${limit} tabs`)
}

test('creates a safe meeting with the keyboard alone', async ({ page, request }) => {
	await page.goto(APP + '?user=alice#/new')
	await tabTo(page, /^Title/)
	await page.keyboard.type('Keyboard meeting')
	await tabTo(page, /^Next$/)
	await page.keyboard.press('Enter')
	// Focus moves to the new step's heading.
	await expect(page.locator(':focus')).toHaveText('Participants')
	for (let step = 0; step < 5; step++) {
		await tabTo(page, /^Next$/)
		await page.keyboard.press('Enter')
	}
	await expect(page.locator(':focus')).toHaveText('Review')
	await tabTo(page, /^Create safe meeting$/)
	await page.keyboard.press('Enter')
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	expect(await sandboxGet<unknown[]>(request, 'rooms')).toHaveLength(1)
	await expectSafeHistory(request)
})
