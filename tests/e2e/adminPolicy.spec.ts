/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { expect, test } from '@playwright/test'
import { APP, CONTROL, expectSafeHistory, resetSandbox, sandboxGet, toReview } from './sandbox.ts'

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
	const threshold = guestEditor.getByRole('group', { name: 'At least as strict as' })
	await threshold.getByText('No guests', { exact: true }).click()
	await expect(threshold.getByRole('radio', { name: 'No guests' })).toBeChecked()
	// The default follows the stricter threshold by itself.
	await expect(guestEditor).toContainText('Users may pick: No guests')
	await guestEditor.getByText('Locked', { exact: true }).click()
	await expect(guestEditor.getByRole('switch', { name: /Locked/ })).toBeChecked()
	await page.getByRole('button', { name: /^Save/ }).click()
	await expect(page.getByRole('status').filter({ hasText: 'Policy saved.' })).toBeVisible()

	const stored = await (await request.get(POLICY_API, { headers: basic('admin') })).json()
	expect(stored.ocs.data.groupRules).toEqual([{ group: 'hr', settings: { guestAccess: { default: 'none', threshold: 'none', locked: true } } }])

	// alice is in hr: the wizard offers no guests.
	await page.goto(APP + '?user=alice#/new')
	await page.getByLabel(/^Title/).first().fill('HR interview')
	await expect(page.getByText('Your organisation does not allow guests in meetings.')).toBeVisible()
	await expect(page.getByText('Create a guest link (protected by a password)')).toHaveCount(0)

	// bob is not: he can still create a guest link.
	await page.goto(APP + '?user=bob#/new')
	await page.getByLabel(/^Title/).first().fill('Staff meeting')
	await expect(page.getByText('Create a guest link (protected by a password)')).toBeVisible()
	await expectSafeHistory(request)
})

test('an empty or fractional number in the editor says so and names the numbers to enter', async ({ page }) => {
	await page.goto(ADMIN_PAGE + '?user=admin')
	const retention = page.locator('fieldset.rule-editor[data-setting="fileRetentionDays"]')
	await retention.getByLabel('Default').fill('')
	await expect(retention).toContainText('Shared files are kept for (days) is empty: enter a whole number from 1 to 3650.')
	await retention.getByLabel('Default').fill('7.5')
	await expect(retention).toContainText('must be a whole number, without decimals, from 1 to 3650.')
	await retention.getByLabel('Default').fill('120')
	await expect(retention).toContainText('Shared files are kept for (days): enter a whole number from 1 to 90.')
	await expect(page.getByRole('button', { name: /^Save/ })).toBeDisabled()
})

test('a policy stored before thresholds is converted, and the admin sees what changed until dismissing it', async ({ page, request }) => {
	const old = (await (await request.get(POLICY_API, { headers: basic('admin') })).json()).ocs.data
	old.settings.chatExpiry = { default: 0, allowed: [3600, 0], locked: false }
	old.settings.fileRetentionDays = { default: 30, min: 7, max: 90, locked: false }
	expect((await request.post('/__sandbox/policy', { ...CONTROL, data: old })).ok()).toBe(true)

	await page.goto(ADMIN_PAGE + '?user=admin')
	const notice = page.locator('.migration-notice')
	await expect(notice).toContainText('The stored policy was converted to thresholds')
	await expect(notice.locator('li[data-setting="chatExpiry"]')).toContainText('allowed 1 hour, Never; now at least as strict as “1 hour”, default “1 hour” (fewer choices)')
	await expect(notice.locator('li[data-setting="fileRetentionDays"]')).toContainText('allowed 7 days to 90 days; now at least as strict as “90 days”')
	await notice.getByRole('button', { name: 'Dismiss' }).click()
	await expect(notice).toHaveCount(0)
	await page.reload()
	await expect(page.locator('fieldset.rule-editor[data-setting="chatExpiry"]')).toContainText('Users may pick: 1 hour')
	await expect(page.locator('.migration-notice')).toHaveCount(0)
})

test('the server refuses a policy change from a non-admin and changes nothing', async ({ request }) => {
	const before = await (await request.get(POLICY_API, { headers: basic('admin') })).json()
	const weaker = structuredClone(before.ocs.data)
	weaker.settings.recording = { default: 'with-consent', threshold: 'with-consent', locked: false }
	const response = await request.put(POLICY_API, { headers: basic('bob'), data: { policy: weaker } })
	expect(response.status()).toBe(403)
	const after = await (await request.get(POLICY_API, { headers: basic('admin') })).json()
	expect(after.ocs.data).toEqual(before.ocs.data)
})

test('the server refuses a group rule that loosens the policy', async ({ request }) => {
	const before = await (await request.get(POLICY_API, { headers: basic('admin') })).json()
	const loosening = structuredClone(before.ocs.data)
	loosening.groupRules = [{ group: 'staff', settings: { chatExpiry: { default: 604800, threshold: 0, locked: false } } }]
	const response = await request.put(POLICY_API, { headers: basic('admin'), data: { policy: loosening } })
	expect(response.status()).toBe(400)
	const body = await response.json()
	expect(body.ocs.data.violations).toEqual([expect.objectContaining({ field: 'groupRules.0.settings.chatExpiry.threshold', code: 'loosens' })])
	const after = await (await request.get(POLICY_API, { headers: basic('admin') })).json()
	expect(after.ocs.data).toEqual(before.ocs.data)
})

test('a plan made under an older policy is refused at registration and the room is deleted again', async ({ page, request }) => {
	// alice opens the wizard while guests are still allowed ...
	await page.goto(APP + '?user=alice#/new')
	await page.getByLabel(/^Title/).first().fill('Appraisal')
	await page.getByText('Create a guest link (protected by a password)').click()
	await toReview(page)
	// ... then an admin forbids guests for hr before she clicks "Create".
	const policy = (await (await request.get(POLICY_API, { headers: basic('admin') })).json()).ocs.data
	policy.groupRules = [{ group: 'hr', settings: { guestAccess: { default: 'none', threshold: 'none', locked: true } } }]
	expect((await request.put(POLICY_API, { headers: basic('admin'), data: { policy } })).status()).toBe(200)

	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	const alert = page.getByRole('alert').filter({ hasText: 'registering the safe meeting' })
	await expect(alert).toContainText('deleted again')
	expect(await sandboxGet(request, 'rooms')).toEqual([])
	expect(await sandboxGet(request, 'meetings')).toEqual([])
	await expectSafeHistory(request)
})
