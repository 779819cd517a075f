/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { APP, nextStep, resetSandbox, sandboxGet, startWizard, toReview } from './sandbox.ts'

test.beforeEach(async ({ request }) => resetSandbox(request))

/** Leaving the page makes the browser ask first; the organiser stays. */
async function expectAskedBeforeUnload(page: Page): Promise<void> {
	let asked = false
	page.once('dialog', async (dialog) => {
		asked = dialog.type() === 'beforeunload'
		await dialog.dismiss()
	})
	await page.goto('about:blank', { waitUntil: 'commit' }).catch(() => undefined)
	await expect.poll(() => asked).toBe(true)
}

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

test('the step bar adds a typed but unconfirmed address as Next does, and the room gets the guest and a password', async ({ page, request }) => {
	await startWizard(page, 'Step bar meeting')
	await page.getByLabel('Invite a guest by e-mail').fill('typed@example.org')
	await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: /3\. Review and create/ }).click()
	await expect(page.getByRole('heading', { name: 'Review and create', level: 3 })).toBeVisible()
	await expect(page.getByText('1 guest by e-mail')).toBeVisible()
	const password = page.locator('[data-test="password"]')
	await expect(password).not.toHaveText('…')
	const shown = (await password.textContent())!.trim()
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	const [room] = await sandboxGet<{ type: number, password: string, attendees: { actorType: string, invitedActorId?: string }[] }[]>(request, 'rooms')
	expect(room!.type).toBe(3)
	expect(room!.password).toBe(shown)
	expect(room!.attendees.filter((a) => a.actorType === 'emails').map((a) => a.invitedActorId)).toEqual(['typed@example.org'])
})

test('the step bar keeps a mistyped address in its field with the reason', async ({ page }) => {
	await startWizard(page, 'Step bar meeting')
	const field = page.getByLabel('Invite a guest by e-mail')
	await field.fill('typed@')
	await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: /2\. Safety/ }).click()
	await expect(page.getByText('Please enter a valid e-mail address, or clear the field.').first()).toBeVisible()
	await expect(field).toBeFocused()
	await expect(field).toHaveValue('typed@')
	await expect(page.getByRole('heading', { name: 'Meeting and participants', level: 3 })).toBeVisible()
})

test('asks before the success screen is left with an unconfirmed password, by the navigation, by Back or by closing', async ({ page }) => {
	await page.goto(APP + '?user=alice#/')
	await page.getByRole('navigation', { name: 'Safe meetings' }).getByRole('button', { name: 'New safe meeting' }).click()
	await page.getByLabel(/^Title/).first().fill('Board meeting')
	await page.getByLabel('Invite a guest by e-mail').fill('guest@example.org')
	await toReview(page)
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	const success = page.getByRole('heading', { name: 'The safe meeting was created.' })
	await expect(success).toBeVisible()
	const question = page.getByRole('dialog', { name: 'Leave without the password?' })

	await page.getByRole('link', { name: 'My safe meetings' }).click()
	await expect(question).toContainText('You have not confirmed you have the password.')
	await question.getByRole('button', { name: 'Stay' }).click()
	await expect(question).toHaveCount(0)
	await expect(success).toBeVisible()

	await page.goBack()
	await expect(question).toBeVisible()
	await expect(page).toHaveURL(/#\/new$/)
	await question.getByRole('button', { name: 'Stay' }).click()
	await expect(question).toHaveCount(0)
	await expect(success).toBeVisible()

	// Closing or reloading the tab asks too, while the password is unconfirmed.
	await expectAskedBeforeUnload(page)
	await expect(success).toBeVisible()

	await page.getByRole('link', { name: 'My safe meetings' }).click()
	await question.getByRole('button', { name: 'Leave anyway' }).click()
	await expect(page.getByRole('heading', { name: 'My safe meetings' })).toBeVisible()
	await expect(question).toHaveCount(0)
	await expect(page).toHaveURL(/#\/$/)
	await expect(page.getByRole('list').getByText('Board meeting')).toBeVisible()
})

test('leaves the success screen without asking once the password is confirmed', async ({ page }) => {
	await startWizard(page, 'Confirmed meeting')
	await page.getByLabel('Invite a guest by e-mail').fill('guest@example.org')
	await toReview(page)
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await page.getByText('I have copied the password or sent it to the guests').click()
	await page.getByRole('link', { name: 'My safe meetings' }).click()
	await expect(page.getByRole('heading', { name: 'My safe meetings' })).toBeVisible()
	await expect(page.getByRole('dialog')).toHaveCount(0)
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	await expect(page.getByRole('list').getByText('Confirmed meeting')).toBeVisible()
	// The created meeting is finished: a new wizard starts empty.
	await page.getByRole('navigation', { name: 'Safe meetings' }).getByRole('button', { name: 'New safe meeting' }).click()
	await expect(page.getByLabel(/^Title/).first()).toHaveValue('')
})

test('on a phone the step bar keeps the current step in sight and the invitation wraps its link', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 })
	await startWizard(page, 'Phone meeting')
	await page.getByLabel('Invite a guest by e-mail').fill('guest@example.org')
	const inSight = (name: string) => page.evaluate((step) => {
		const current = document.querySelector<HTMLElement>('[aria-current="step"]')!
		const bar = current.closest('ol')!.getBoundingClientRect()
		const box = current.getBoundingClientRect()
		return current.innerText.includes(step) && box.left >= bar.left - 1 && box.right <= bar.right + 1
	}, name)
	await nextStep(page)
	await expect(page.getByRole('heading', { name: 'Safety', level: 3 })).toBeVisible()
	await expect.poll(() => inSight('Safety')).toBe(true)
	await nextStep(page)
	await expect(page.getByRole('heading', { name: 'Review and create', level: 3 })).toBeVisible()
	await expect.poll(() => inSight('Review and create')).toBe(true)
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	const invitation = page.locator('[data-test="invitation"]')
	await expect(invitation).toContainText('/index.php/apps/safe_meeting/m/')
	expect(await invitation.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true)
})

test('the safety summary puts every value in one column, locked rows and the privacy notice too, also with a row open', async ({ page }) => {
	await startWizard(page, 'Aligned meeting')
	await nextStep(page)
	await expect(page.getByRole('heading', { name: 'Safety', level: 3 })).toBeVisible()
	const starts = () => page.locator('li[data-setting] .safety__value').evaluateAll((values) => [...new Set(values.map((v) => Math.round(v.getBoundingClientRect().left)))])
	expect(await page.locator('li[data-setting] .safety__value').count()).toBeGreaterThan(3)
	await expect(page.locator('li[data-setting="recording"]')).toContainText('Locked by your organisation.')
	await expect.poll(starts).toHaveLength(1)
	const before = await starts()
	await page.getByRole('button', { name: 'Change: Chat messages expire after' }).click()
	await expect(page.getByRole('button', { name: 'Done: Chat messages expire after' })).toBeVisible()
	await page.getByRole('button', { name: 'Show the privacy notice' }).click()
	await expect(page.getByRole('button', { name: 'Hide the privacy notice' })).toHaveAttribute('aria-expanded', 'true')
	await expect.poll(starts).toEqual(before)
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
	await expect(page.getByText('The page was reloaded, so a new guest password was generated. A password you copied before is no longer valid.')).toBeVisible()
})

test('asks before leaving a page with a draft', async ({ page }) => {
	await startWizard(page, 'Unsaved meeting')
	await expectAskedBeforeUnload(page)
	await expect(page.getByLabel(/^Title/).first()).toHaveValue('Unsaved meeting')
})

test('marks a screen with problems in the step bar', async ({ page }) => {
	await page.goto(APP + '?user=alice#/new')
	// Nothing is marked before the organiser tried to leave a screen.
	await expect(page.getByRole('button', { name: '1. Meeting and participants', exact: true })).toBeVisible()
	await expect(page.locator('[data-problems]')).toHaveCount(0)
	await nextStep(page)
	await expect(page.getByRole('button', { name: '1. Meeting and participants (needs attention)' })).toBeVisible()
	await page.getByLabel(/^Title/).first().fill('Fixed')
	await expect(page.getByRole('button', { name: '1. Meeting and participants', exact: true })).toBeVisible()
})
