/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { expectSafeHistory, failNext, resetSandbox, sandboxGet, setFeature, startWizard, toReview } from './sandbox.ts'

test.beforeEach(async ({ request }) => resetSandbox(request))

async function createPrivateMeeting(page: Page) {
	await startWizard(page, 'Budget review')
	await toReview(page)
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

test('says on the first screen when the server cannot expire chat messages, and who can fix it; creates nothing', async ({ page, request }) => {
	await setFeature(request, 'message-expiration', false)
	await startWizard(page, 'Budget review')
	const card = page.locator('.missing-features')
	await expect(card).toContainText('This server cannot create this meeting safely')
	await expect(card).toContainText('Your administrator can fix this: run Nextcloud\'s background jobs with cron.')
	await expect(page.getByRole('button', { name: /^1\. Meeting and participants/ })).toHaveAccessibleName('1. Meeting and participants (needs attention)')
	await toReview(page)
	await expect(page.getByRole('button', { name: 'Create safe meeting' })).toBeDisabled()
	expect(await sandboxGet(request, 'rooms')).toEqual([])
})

test('names a room it could not delete by its title, links to it, and deletes it before trying again', async ({ page, request }) => {
	await failNext(request, 'POST', '/apps/safe_meeting/api/v1/meetings', 500)
	await failNext(request, 'DELETE', '/apps/spreed/api/v4/room/', 500)
	await startWizard(page, 'R&D review')
	await toReview(page)
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	const alert = page.getByRole('alert').filter({ hasText: 'registering the safe meeting' })
	await expect(alert).toContainText('The conversation "R&D review" could not be deleted again.')
	const [leftover] = await sandboxGet<{ token: string, name: string }[]>(request, 'rooms')
	expect(leftover!.name).toBe('R&D review')
	await expect(page.getByRole('link', { name: 'Open "R&D review" in Talk to delete it' })).toHaveAttribute('href', `/index.php/call/${leftover!.token}`)

	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	const rooms = await sandboxGet<{ token: string, name: string }[]>(request, 'rooms')
	expect(rooms.map((room) => room.name)).toEqual(['R&D review'])
	expect(rooms[0]!.token).not.toBe(leftover!.token)
})
