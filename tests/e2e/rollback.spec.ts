/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { expectSafeHistory, failNext, nextStep, resetSandbox, sandboxGet, setFeature, startWizard } from './sandbox.ts'

test.beforeEach(async ({ request }) => resetSandbox(request))

async function createPrivateMeeting(page: Page) {
	await startWizard(page, 'Budget review')
	for (let i = 0; i < 6; i++) {
		await nextStep(page)
	}
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
}

test('deletes the room again and says why when registration fails', async ({ page, request }) => {
	await failNext(request, 'POST', '/apps/safe_meeting/api/v1/meetings', 500)
	await createPrivateMeeting(page)
	const alert = page.getByRole('alert').filter({ hasText: 'registering the safe meeting' })
	await expect(alert).toContainText('deleted again')
	expect(await sandboxGet(request, 'rooms')).toEqual([])
	expect(await sandboxGet(request, 'meetings')).toEqual([])
	// The data the creator entered is still there to try again.
	await expect(page.getByRole('button', { name: 'Create safe meeting' })).toBeEnabled()
	await expectSafeHistory(request)
})

test('deletes the half-configured room when a step of the fallback sequence fails', async ({ page, request }) => {
	await setFeature(request, 'conversation-creation-all', false)
	await failNext(request, 'POST', '/message-expiration', 500)
	await createPrivateMeeting(page)
	await expect(page.getByRole('alert').filter({ hasText: 'setting the chat expiry' })).toContainText('deleted again')
	expect(await sandboxGet(request, 'rooms')).toEqual([])
	await expectSafeHistory(request)
})

test('refuses before creating anything when the server cannot expire chat messages', async ({ page, request }) => {
	await setFeature(request, 'message-expiration', false)
	await startWizard(page, 'Budget review')
	for (let i = 0; i < 6; i++) {
		await nextStep(page)
	}
	await expect(page.getByText('This server cannot create this meeting safely')).toBeVisible()
	await expect(page.getByRole('button', { name: 'Create safe meeting' })).toBeDisabled()
	expect(await sandboxGet(request, 'rooms')).toEqual([])
})
