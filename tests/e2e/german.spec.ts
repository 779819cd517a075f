/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { expect, test } from '@playwright/test'
import { APP, nextStep, resetSandbox } from './sandbox.ts'

test.beforeEach(async ({ request }) => resetSandbox(request))

test('speaks German to a German user, from the list through the wizard', async ({ page }) => {
	await page.goto(APP + '?user=alice&lang=de')
	await expect(page.getByRole('heading', { name: 'Meine sicheren Besprechungen' })).toBeVisible()
	await expect(page.getByText('Noch keine sicheren Besprechungen')).toBeVisible()
	await page.goto(APP + '?user=alice&lang=de#/new')
	await expect(page.getByRole('heading', { name: 'Neue sichere Besprechung' })).toBeVisible()
	await nextStep(page, /^Weiter$/)
	await expect(page.getByText('Titel ist erforderlich.')).toBeVisible()
	await page.getByLabel(/^Titel/).first().fill('Elternabend')
	await nextStep(page, /^Weiter$/)
	await expect(page.getByText('Gastlink erstellen (mit Passwort geschützt)')).toBeVisible()
})

test('works in the dark theme', async ({ page }) => {
	await page.goto(APP + '?user=alice&theme=dark')
	const background = await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--color-main-background').trim())
	expect(background).not.toBe('#ffffff')
	await expect(page.getByRole('heading', { name: 'My safe meetings' })).toBeVisible()
})
