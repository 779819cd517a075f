/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The usual safe meeting with one guest, by mouse and by keyboard alone, counting what the organiser
 * has to do, from opening the wizard to leaving with the invitation and the password copied. The
 * limits are the counts measured for the three-screen wizard; they must not grow. By mouse that is 5
 * clicks to create and 4 to take invitation and password along; by keyboard every Tab counts: from
 * the page's start 10 Tabs to the title (the sandbox's user links, the skip links and the navigation
 * come first), 17 to the address (each part of the two date fields is a Tab stop in Chromium), 12 over
 * the safety summary's "Change" buttons to Next, 5 to Create, 5 on the success screen, and 8 Enter/Space.
 */
import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { APP, expectSafeHistory, resetSandbox, sandboxGet } from './sandbox.ts'

/** Clicks, and key presses other than typing the title and the address. */
const MOUSE_LIMIT = { clicks: 9, keys: 0 }
const KEYBOARD_LIMIT = { keys: 57 }

test.beforeEach(async ({ request }) => resetSandbox(request))

/** Counts what a person does: clicks and key presses (typing text is counted apart). */
function counter(page: Page) {
	const count = { clicks: 0, keys: 0 }
	return {
		count,
		click: async (target: ReturnType<Page['locator']>) => {
			count.clicks++
			await target.click()
		},
		press: async (key: string) => {
			count.keys++
			await page.keyboard.press(key)
		},
		/** Presses Tab until the focused element has the given accessible text, like a keyboard user looking for it. */
		tabTo: async (name: RegExp, limit = 40) => {
			for (let i = 0; i < limit; i++) {
				count.keys++
				await page.keyboard.press('Tab')
				const focused = await page.evaluate(() => {
					const element = document.activeElement as HTMLElement | null
					const labelledBy = (element?.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.innerText ?? '').join(' ')
					return (element?.getAttribute('aria-label') || labelledBy.trim() || element?.innerText || (element as HTMLInputElement | null)?.labels?.[0]?.innerText || '').trim()
				})
				if (name.test(focused)) {
					return
				}
			}
			throw new Error(`no focusable element named ${name} within ${limit} tabs`)
		},
	}
}

async function expectCreatedWithGuest(page: Page, request: Parameters<typeof sandboxGet>[0]): Promise<void> {
	const rooms = await sandboxGet<{ type: number, attendees: { actorType: string }[] }[]>(request, 'rooms')
	expect(rooms).toHaveLength(1)
	expect(rooms[0]!.type).toBe(3)
	expect(rooms[0]!.attendees.filter((a) => a.actorType === 'emails')).toHaveLength(1)
	await expect(page.getByRole('heading', { name: 'My safe meetings' })).toBeVisible()
	await expectSafeHistory(request)
}

test('the usual meeting with one guest takes 9 clicks by mouse, password and invitation copied', async ({ page, request, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'])
	const { count, click } = counter(page)
	await page.goto(APP + '?user=alice#/new')
	await click(page.getByLabel(/^Title/).first())
	await page.keyboard.type('Mouse meeting')
	await click(page.getByLabel('Invite a guest by e-mail'))
	await page.keyboard.type('guest@example.org')
	await click(page.getByRole('button', { name: 'Next' }))
	await click(page.getByRole('button', { name: 'Next' }))
	await click(page.getByRole('button', { name: 'Create safe meeting' }))
	await click(page.getByRole('button', { name: 'Copy invitation' }))
	await click(page.getByRole('button', { name: 'Copy password' }))
	await click(page.getByText('I have copied the password or sent it to the guests'))
	await click(page.getByRole('button', { name: 'Done' }))

	await expectCreatedWithGuest(page, request)
	expect(count.clicks).toBeLessThanOrEqual(MOUSE_LIMIT.clicks)
	expect(count.keys).toBeLessThanOrEqual(MOUSE_LIMIT.keys)
})

test('the usual meeting with one guest by keyboard alone, focus following every screen', async ({ page, request, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'])
	const { count, press, tabTo } = counter(page)
	await page.goto(APP + '?user=alice#/new')
	await tabTo(/^Title/)
	await page.keyboard.type('Keyboard meeting')
	await tabTo(/^Invite a guest by e-mail/)
	await page.keyboard.type('guest@example.org')
	// Enter in the address field adds the guest; Enter in a field with nothing to add moves on.
	await press('Enter')
	await expect(page.getByRole('list', { name: 'Guests by e-mail' })).toContainText('guest@example.org')
	await press('Enter')
	await expect(page.locator(':focus')).toHaveText('Safety')
	await tabTo(/^Next$/)
	await press('Enter')
	await expect(page.locator(':focus')).toHaveText('Review and create')
	await tabTo(/^Create safe meeting$/)
	await press('Enter')
	await expect(page.locator(':focus')).toHaveText('The safe meeting was created.')
	await tabTo(/^Copy invitation$/)
	await press('Enter')
	await tabTo(/^Copy password$/)
	await press('Enter')
	await tabTo(/^I have copied the password/)
	await press('Space')
	await tabTo(/^Done$/)
	await press('Enter')

	await expectCreatedWithGuest(page, request)
	expect(count.keys).toBeLessThanOrEqual(KEYBOARD_LIMIT.keys)
})
