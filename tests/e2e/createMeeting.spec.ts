/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { APP, expectSafeHistory, nextStep, resetSandbox, sandboxGet, setFeature, startWizard } from './sandbox.ts'

interface SandboxRoom { attendees: { actorType: string, actorId: string }[], token: string, type: number, password: string, lobbyState: number, listable: number, sipEnabled: number, messageExpiration: number, description: string }
interface HistoryEntry { room: SandboxRoom, request: { method: string, path: string } }

test.beforeEach(async ({ request }) => resetSandbox(request))

async function createWithGuest(page: Page, title: string): Promise<string> {
	await startWizard(page, title)
	await page.locator('#safe-meeting-users').fill('bo')
	await page.getByRole('option', { name: /Bob/ }).click()
	await page.getByLabel('Invite a guest by e-mail').fill('guest@example.org')
	await page.getByRole('button', { name: 'Add guest' }).click()
	await expect(page.getByText('guest@example.org')).toBeVisible()
	await nextStep(page)
	await page.getByRole('button', { name: 'Change: Chat messages expire after' }).click()
	await page.getByRole('radio', { name: '1 day' }).check({ force: true })
	await expect(page.locator('li[data-setting="chatExpiry"] .safety__value')).toHaveText('1 day')
	await nextStep(page)
	const password = page.locator('[data-test="password"]')
	await expect(password).not.toHaveText('…')
	const shown = (await password.textContent())!.trim()
	expect(shown.length).toBeGreaterThanOrEqual(20)
	await expect(page.getByText('separate channel')).toBeVisible()
	await expect(page.getByText('Version 1')).toBeVisible()
	await expect(page.locator('dd[data-setting="chatExpiry"]')).toHaveText('1 day')
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	await expect(password).toHaveText(shown)
	await page.getByRole('checkbox', { name: 'I have copied the password or sent it to the guests' }).check({ force: true })
	await page.getByRole('button', { name: 'Done' }).click()
	return shown
}

test('creates a safe meeting with a guest in one request and lists it as compliant', async ({ page, request }) => {
	const password = await createWithGuest(page, 'Works council')
	const item = page.locator('article.meeting', { hasText: 'Works council' })
	await expect(item.locator('[data-state="compliant"]')).toBeVisible()
	await expect(item).toContainText('/apps/safe_meeting/m/')

	const rooms = await sandboxGet<SandboxRoom[]>(request, 'rooms')
	expect(rooms).toHaveLength(1)
	expect(rooms[0]).toMatchObject({ type: 3, password, lobbyState: 1, listable: 0, sipEnabled: 0, messageExpiration: 86400 })
	expect(rooms[0]!.description).toContain('not recorded')
	// Talk stores e-mail guests under a hashed actor id.
	expect(rooms[0]!.attendees.map((a) => (a.actorType === 'emails' ? 'e-mail guest' : a.actorId)).sort()).toEqual(['alice', 'bob', 'e-mail guest'])
	const history = await sandboxGet<HistoryEntry[]>(request, 'history')
	// One request configured everything: the room's first state is already its final one.
	expect(history.map((entry) => `${entry.request.method} ${entry.request.path}`)).toEqual(['POST /ocs/v2.php/apps/spreed/api/v4/room'])
	await expectSafeHistory(request)

	// The list is the registry's view after a reload too.
	await page.goto(APP + '?user=alice')
	await expect(page.locator('article.meeting', { hasText: 'Works council' }).locator('[data-state="compliant"]')).toBeVisible()
})

test('creates the same meeting step by step when Talk lacks conversation-creation-all, never exposing it', async ({ page, request }) => {
	await setFeature(request, 'conversation-creation-all', false)
	await createWithGuest(page, 'Parents evening')
	await expect(page.locator('article.meeting', { hasText: 'Parents evening' }).locator('[data-state="compliant"]')).toBeVisible()

	const history = await sandboxGet<HistoryEntry[]>(request, 'history')
	expect(history[0]!.room.type).toBe(2)
	expect(history.length).toBeGreaterThan(3)
	const rooms = await sandboxGet<SandboxRoom[]>(request, 'rooms')
	expect(rooms[0]).toMatchObject({ type: 3, lobbyState: 1, listable: 0, messageExpiration: 86400 })
	expect(rooms[0]!.attendees.map((a) => (a.actorType === 'emails' ? 'e-mail guest' : a.actorId)).sort()).toEqual(['alice', 'bob', 'e-mail guest'])
	await expectSafeHistory(request)
})
