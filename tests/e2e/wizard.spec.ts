/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { expect, test } from '@playwright/test'
import { APP, nextStep, resetSandbox, sandboxGet, startWizard, toReview } from './sandbox.ts'

test.beforeEach(async ({ request }) => resetSandbox(request))

test('a typed but unconfirmed address becomes a guest on Next, with a password at once', async ({ page, request }) => {
	await startWizard(page, 'Parents evening')
	await page.getByLabel('Invite a guest by e-mail').fill('parent@example.org')
	await toReview(page)
	await expect(page.getByText('1 guest by e-mail')).toBeVisible()
	await expect(page.locator('[data-test="password"]')).not.toHaveText('…')
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	const [room] = await sandboxGet<{ type: number, attendees: { actorType: string, invitedActorId?: string }[] }[]>(request, 'rooms')
	expect(room!.type).toBe(3)
	expect(room!.attendees.filter((a) => a.actorType === 'emails').map((a) => a.invitedActorId)).toEqual(['parent@example.org'])
})

test('shows the password on the review and the success screen, the same one Talk got, and never in the invitation', async ({ page, request }) => {
	await startWizard(page, 'Board meeting')
	await page.getByLabel('Invite a guest by e-mail').fill('guest@example.org')
	await toReview(page)
	const password = page.locator('[data-test="password"]')
	const shown = (await password.textContent())!.trim()
	expect(shown.length).toBeGreaterThanOrEqual(20)
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	await expect(password).toHaveText(shown)
	const [room] = await sandboxGet<{ token: string, password: string }[]>(request, 'rooms')
	expect(room!.password).toBe(shown)
	const invitation = page.locator('[data-test="invitation"]')
	await expect(invitation).toContainText('Board meeting')
	await expect(invitation).toContainText(`/index.php/apps/safe_meeting/m/${room!.token}`)
	await expect(invitation).toContainText('You will receive the password for this meeting in a separate message.')
	await expect(invitation).not.toContainText(shown)
	// Nothing of ours keeps the password: not the registry, not the tab's storage.
	expect(JSON.stringify(await sandboxGet(request, 'meetings'))).not.toContain(shown)
	expect(await page.evaluate(() => JSON.stringify(Object.values(window.sessionStorage)))).not.toContain(shown)
	await expect(page.getByRole('button', { name: 'Done' })).toBeDisabled()
})

test('a reload keeps the draft, but not the password (a new one is made)', async ({ page }) => {
	await startWizard(page, 'Draft meeting')
	await page.getByLabel('Invite a guest by e-mail').fill('guest@example.org')
	await page.getByRole('button', { name: 'Add guest' }).click()
	await toReview(page)
	const before = (await page.locator('[data-test="password"]').textContent())!.trim()
	await page.reload()
	await expect(page.getByRole('heading', { name: 'Review and create', level: 3 })).toBeVisible()
	await expect(page.locator('dd').first()).toHaveText('Draft meeting')
	await expect(page.getByText('1 guest by e-mail')).toBeVisible()
	const after = page.locator('[data-test="password"]')
	await expect(after).not.toHaveText('…')
	expect((await after.textContent())!.trim()).not.toBe(before)
})

test('asks before leaving a page with a draft', async ({ page }) => {
	await startWizard(page, 'Unsaved meeting')
	let asked = false
	page.on('dialog', async (dialog) => {
		asked = dialog.type() === 'beforeunload'
		await dialog.dismiss()
	})
	await page.goto('about:blank', { waitUntil: 'commit' }).catch(() => undefined)
	await expect.poll(() => asked).toBe(true)
	await expect(page.getByLabel(/^Title/).first()).toHaveValue('Unsaved meeting')
})

test('marks a screen with problems in the step bar', async ({ page }) => {
	await page.goto(APP + '?user=alice#/new')
	await nextStep(page)
	await expect(page.getByRole('button', { name: '1. Meeting and participants (needs attention)' })).toBeVisible()
	await page.getByLabel(/^Title/).first().fill('Fixed')
	await expect(page.getByRole('button', { name: '1. Meeting and participants', exact: true })).toBeVisible()
})
