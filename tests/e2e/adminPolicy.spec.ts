/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { expect, test } from '@playwright/test'
import { APP, expectSafeHistory, resetSandbox } from './sandbox.ts'

const ADMIN_PAGE = '/index.php/settings/admin/safe_meeting'
const POLICY_API = '/ocs/v2.php/apps/safe_meeting/api/v1/policy'
const basic = (user: string) => ({ Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64'), 'OCS-APIRequest': 'true', Accept: 'application/json' })

test.beforeEach(async ({ request }) => resetSandbox(request))

test('an admin locks "no guests" for group hr: hr members cannot invite guests, others can', async ({ page, request }) => {
	await page.goto(ADMIN_PAGE + '?user=admin')
	await page.locator('#safe-meeting-rule-groups').click()
	await page.keyboard.type('hr')
	await page.getByRole('option', { name: 'hr' }).click()
	await page.getByRole('button', { name: 'Add rule' }).click()

	const rule = page.locator('li', { has: page.getByText('Rule for hr', { exact: true }) })
	await rule.getByRole('checkbox', { name: 'Guest access' }).check({ force: true })
	const guestEditor = rule.locator('fieldset.rule-editor', { hasText: 'Guest access' })
	const allowedValues = guestEditor.locator('fieldset', { hasText: 'Allowed values' })
	await allowedValues.getByText('Guests with password').click()
	await expect(allowedValues.getByRole('checkbox', { name: 'Guests with password' })).not.toBeChecked()
	await guestEditor.getByText('Locked', { exact: true }).click()
	await expect(guestEditor.getByRole('switch', { name: /Locked/ })).toBeChecked()
	await page.getByRole('button', { name: /^Save/ }).click()
	await expect(page.getByText('Policy saved', { exact: true }).first()).toBeVisible()

	const stored = await (await request.get(POLICY_API, { headers: basic('admin') })).json()
	expect(stored.ocs.data.groupRules).toEqual([{ group: 'hr', settings: { guestAccess: { default: 'none', allowed: ['none'], locked: true } } }])

	// alice is in hr: the wizard offers no guests.
	await page.goto(APP + '?user=alice#/new')
	await page.getByLabel(/^Title/).first().fill('HR interview')
	await page.getByRole('button', { name: 'Next' }).click()
	await expect(page.getByText('Your organisation does not allow guests in meetings.')).toBeVisible()
	await expect(page.getByText('Create a guest link (protected by a password)')).toHaveCount(0)

	// bob is not: he can still create a guest link.
	await page.goto(APP + '?user=bob#/new')
	await page.getByLabel(/^Title/).first().fill('Staff meeting')
	await page.getByRole('button', { name: 'Next' }).click()
	await expect(page.getByText('Create a guest link (protected by a password)')).toBeVisible()
	await expectSafeHistory(request)
})

test('the server refuses a policy change from a non-admin and changes nothing', async ({ request }) => {
	const before = await (await request.get(POLICY_API, { headers: basic('admin') })).json()
	const weaker = structuredClone(before.ocs.data)
	weaker.settings.recording = { default: 'with-consent', allowed: ['blocked', 'with-consent'], locked: false }
	const response = await request.put(POLICY_API, { headers: basic('bob'), data: { policy: weaker } })
	expect(response.status()).toBe(403)
	const after = await (await request.get(POLICY_API, { headers: basic('admin') })).json()
	expect(after.ocs.data).toEqual(before.ocs.data)
})

test('the server refuses a group rule that loosens the policy', async ({ request }) => {
	const before = await (await request.get(POLICY_API, { headers: basic('admin') })).json()
	const loosening = structuredClone(before.ocs.data)
	loosening.groupRules = [{ group: 'staff', settings: { chatExpiry: { default: 0, allowed: [0], locked: false } } }]
	const response = await request.put(POLICY_API, { headers: basic('admin'), data: { policy: loosening } })
	expect(response.status()).toBe(400)
	const body = await response.json()
	expect(body.ocs.data.violations).toEqual([expect.objectContaining({ field: 'groupRules.0.settings.chatExpiry', code: 'loosens' })])
	const after = await (await request.get(POLICY_API, { headers: basic('admin') })).json()
	expect(after.ocs.data).toEqual(before.ocs.data)
})

test('a plan made under an older policy is refused at registration and the room is deleted again', async ({ page, request }) => {
	// alice opens the wizard while guests are still allowed ...
	await page.goto(APP + '?user=alice#/new')
	await page.getByLabel(/^Title/).first().fill('Appraisal')
	await page.getByRole('button', { name: 'Next' }).click()
	await page.getByText('Create a guest link (protected by a password)').click()
	for (let step = 0; step < 5; step++) {
		await page.getByRole('button', { name: 'Next' }).click()
	}
	// ... then an admin forbids guests for hr before she clicks "Create".
	const policy = (await (await request.get(POLICY_API, { headers: basic('admin') })).json()).ocs.data
	policy.groupRules = [{ group: 'hr', settings: { guestAccess: { default: 'none', allowed: ['none'], locked: true } } }]
	expect((await request.put(POLICY_API, { headers: basic('admin'), data: { policy } })).status()).toBe(200)

	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	const alert = page.getByRole('alert').filter({ hasText: 'registering the safe meeting' })
	await expect(alert).toContainText('deleted again')
	expect(await (await request.get('/__sandbox/rooms')).json()).toEqual([])
	expect(await (await request.get('/__sandbox/meetings')).json()).toEqual([])
	await expectSafeHistory(request)
})
