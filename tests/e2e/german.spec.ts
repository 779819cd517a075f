/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { expect, test } from '@playwright/test'
import { APP, nextStep, resetSandbox, startWizard, toReview } from './sandbox.ts'

test.beforeEach(async ({ request }) => resetSandbox(request))

test('speaks German to a German user, from the list through the wizard', async ({ page }) => {
	await page.goto(APP + '?user=alice&lang=de')
	await expect(page.getByRole('heading', { name: 'Meine sicheren Besprechungen' })).toBeVisible()
	await expect(page.getByText('Noch keine sicheren Besprechungen')).toBeVisible()
	await page.goto(APP + '?user=alice&lang=de#/new')
	await expect(page.getByRole('heading', { name: 'Neue sichere Besprechung' })).toBeVisible()
	await expect(page.getByText('Gastlink erstellen (mit Passwort geschützt)')).toBeVisible()
	await nextStep(page, /^Weiter$/)
	await expect(page.getByText('Titel ist erforderlich.')).toBeVisible()
	await page.getByLabel(/^Titel/).first().fill('Elternabend')
	await page.getByLabel('Gast per E-Mail einladen').fill('gast@example.org')
	await nextStep(page, /^Weiter$/)
	await expect(page.getByRole('heading', { name: 'Sicherheit', level: 3 })).toBeVisible()
	await expect(page.locator('li[data-setting="recording"]')).toContainText('Blockiert')
	await expect(page.locator('li[data-setting="recording"]')).toContainText('Von deiner Organisation festgelegt.')
	await nextStep(page, /^Weiter$/)
	await expect(page.getByRole('heading', { name: 'Prüfen und erstellen', level: 3 })).toBeVisible()
	await expect(page.getByText('Sende das Passwort auf einem separaten Weg')).toBeVisible()
})

test('says "du" in de and "Sie" in de_DE, with the same terms', async ({ page }) => {
	await page.goto(APP + '?user=alice&lang=de')
	await expect(page.getByText('Erstelle deine erste sichere Besprechung: Passwort, Lobby und Ablauf werden für dich eingerichtet.')).toBeVisible()
	await page.goto(APP + '?user=alice&lang=de_DE')
	await expect(page.getByRole('heading', { name: 'Meine sicheren Besprechungen' })).toBeVisible()
	await expect(page.getByText('Erstellen Sie Ihre erste sichere Besprechung: Passwort, Lobby und Ablauf werden für Sie eingerichtet.')).toBeVisible()
	// Nextcloud's own components follow the formal language too.
	expect(await page.evaluate(() => document.documentElement.lang)).toBe('de_DE')
	await page.goto(APP + '?user=alice&lang=de_DE#/new')
	await page.getByLabel(/^Titel/).first().fill('Elternabend')
	await page.getByLabel('Gast per E-Mail einladen').fill('gast@example')
	await nextStep(page, /^Weiter$/)
	await expect(page.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein oder leeren Sie das Feld.')).toBeVisible()
	await page.getByLabel('Gast per E-Mail einladen').fill('gast@example.org')
	await nextStep(page, /^Weiter$/)
	await expect(page.locator('li[data-setting="recording"]')).toContainText('Von Ihrer Organisation festgelegt.')
	await nextStep(page, /^Weiter$/)
	await expect(page.getByText('Senden Sie das Passwort auf einem separaten Weg')).toBeVisible()
})

test('works in the dark theme', async ({ page }) => {
	await page.goto(APP + '?user=alice&theme=dark')
	const background = await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--color-main-background').trim())
	expect(background).not.toBe('#ffffff')
	await expect(page.getByRole('heading', { name: 'My safe meetings' })).toBeVisible()
})

/** WCAG 2 contrast ratio of two computed `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
	const luminance = (rgb: string) => {
		const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => Number(c) / 255)
			.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
	}
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x)
	return (high! + 0.05) / (low! + 0.05)
}

test('keeps the warning card readable in the dark theme', async ({ page }) => {
	await startWizard(page, 'Board meeting', '?user=alice&theme=dark')
	await page.getByLabel('Invite a guest by e-mail').fill('guest@example.org')
	await page.getByRole('button', { name: 'Add guest' }).click()
	await toReview(page)
	const card = page.locator('.notecard', { hasText: 'separate channel' })
	await expect(card).toBeVisible()
	const colours = await card.evaluate((element) => ({ text: getComputedStyle(element).color, background: getComputedStyle(element).backgroundColor }))
	expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5)
})
