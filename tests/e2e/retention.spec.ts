/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Download, Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { APP, CONTROL, expectSafeHistory, resetSandbox, sandboxGet, startWizard, toReview } from './sandbox.ts'

interface Meeting { token: string }

test.beforeEach(async ({ request }) => resetSandbox(request))

/** Creates a private safe meeting with the policy's defaults through the wizard; returns its token. */
async function createMeeting(page: Page, title: string): Promise<string> {
	await startWizard(page, title)
	await toReview(page)
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	const meetings = await sandboxGet<Meeting[]>(page.request, 'meetings')
	return meetings[meetings.length - 1]!.token
}

async function csvOf(download: Download): Promise<string[]> {
	const stream = await download.createReadStream()
	const chunks: Buffer[] = []
	for await (const chunk of stream) {
		chunks.push(chunk as Buffer)
	}
	return Buffer.concat(chunks).toString('utf8').trim().split('\n')
}

test('previews what goes when, and purges only after asking', async ({ page, request }) => {
	const token = await createMeeting(page, 'Budget review')
	expect((await request.post('/__sandbox/shares', { ...CONTROL, data: { token, name: 'agenda.pdf' } })).ok()).toBe(true)
	expect((await request.post('/__sandbox/shares', { ...CONTROL, data: { token, name: 'contract.pdf', location: 'group-folder' } })).ok()).toBe(true)
	await page.goto(APP + '?user=alice')

	const item = page.getByRole('article', { name: 'Budget review' })
	await expect(item.locator('[data-retention="chat"]')).toContainText('Each chat message is deleted 1 week after it was posted: the time counts from each message, not from the meeting.')
	await expect(item.locator('[data-retention="files"]')).toContainText('Files shared in the chat are removed 30 days after they were shared.')

	await item.getByRole('button', { name: 'Show what will be deleted' }).click()
	await expect(item.locator('[data-retention="chat"]')).toContainText('The last message so far will be gone by')
	const listed = item.locator('li[data-kind]')
	await expect(listed).toHaveCount(3)
	await expect(listed.nth(0)).toContainText('agenda.pdf')
	await expect(listed.nth(0)).toContainText('deleted from the chat and from its owner\'s Talk folder')
	await expect(listed.nth(1)).toContainText('In a group folder, external storage or a received share: the file stays.')
	await expect(listed.nth(2)).toContainText('The conversation with all its messages is deleted.')

	// Cancel changes nothing.
	await item.getByRole('button', { name: 'Purge now' }).click()
	const dialog = page.getByRole('dialog', { name: 'Purge “Budget review” now?' })
	await expect(dialog).toContainText('agenda.pdf')
	await dialog.getByRole('button', { name: 'Cancel' }).click()
	await expect(dialog).toBeHidden()
	expect(await sandboxGet<unknown[]>(request, 'rooms')).toHaveLength(1)

	await item.getByRole('button', { name: 'Purge now' }).click()
	await page.getByRole('dialog').getByRole('button', { name: 'Delete now' }).click()
	await expect(page.getByText('"Budget review" was purged. A receipt was written for every deletion.', { exact: true })).toBeVisible()
	await expect(page.getByRole('article', { name: 'Budget review' })).toHaveCount(0)
	expect(await sandboxGet<unknown[]>(request, 'rooms')).toEqual([])

	const receipts = page.locator('.receipts__table tbody tr')
	await expect(receipts).toHaveCount(5)
	await expect(receipts.first()).toContainText('Conversation')
	await expect(receipts.first()).toContainText('Purged by a moderator')
	await expectSafeHistory(request)
})

test('lists receipts for moderators and downloads them as CSV', async ({ page, request }) => {
	const token = await createMeeting(page, 'Works council')
	expect((await request.post('/__sandbox/shares', { ...CONTROL, data: { token, name: 'minutes.pdf' } })).ok()).toBe(true)
	await request.post(`/ocs/v2.php/apps/safe_meeting/api/v1/meetings/${token}/purge`, { headers: { 'OCS-APIRequest': 'true', Authorization: 'Basic ' + Buffer.from('alice:x').toString('base64') } })
	await page.goto(APP + '?user=alice')

	const section = page.getByRole('region', { name: 'Deletion receipts' })
	await expect(section.locator('tbody tr')).toHaveCount(3)
	await expect(section.getByRole('table', { name: 'Deletion receipts, newest first' })).toBeVisible()

	const downloading = page.waitForEvent('download')
	await section.getByRole('button', { name: 'Download as CSV' }).click()
	const download = await downloading
	expect(download.suggestedFilename()).toMatch(/^deletion-receipts-\d{4}-\d{2}-\d{2}\.csv$/)
	const lines = await csvOf(download)
	expect(lines[0]).toBe('Receipt,Meeting,Kind,"Object ID",Name,Action,Reason,Rule,"Time (UTC)",Actor,User')
	expect(lines).toHaveLength(4)
	expect(lines.slice(1).every((line) => line.includes(`,${token},`) && line.endsWith(',user,alice'))).toBe(true)

	// Another user sees none of them.
	await page.goto(APP + '?user=bob')
	await expect(page.getByRole('region', { name: 'Deletion receipts' })).toContainText('No deletion receipts yet')
	expect(await sandboxGet<unknown[]>(request, 'violations')).toEqual([])
})

test('shows admins every receipt and lets them set how long receipts are kept', async ({ page, request }) => {
	const token = await createMeeting(page, 'Board meeting')
	await request.post(`/ocs/v2.php/apps/safe_meeting/api/v1/meetings/${token}/purge`, { headers: { 'OCS-APIRequest': 'true', Authorization: 'Basic ' + Buffer.from('alice:x').toString('base64') } })
	await page.goto('/index.php/settings/admin/safe_meeting?user=admin')

	const days = page.getByLabel('Keep receipts for (days)')
	await expect(days).toHaveValue('365')
	await expect(page.locator('.receipts__table tbody tr')).toHaveCount(1)
	await expect(page.locator('.receipts__table tbody tr')).toContainText('alice')

	await days.fill('0')
	await expect(page.getByText('Enter a whole number of days from 1 to 3650.')).toBeVisible()
	await days.fill('90')
	await page.getByRole('button', { name: 'Set receipt period' }).click()
	await expect(page.getByText('Receipt period saved', { exact: true })).toBeVisible()
	await page.reload()
	await expect(page.getByLabel('Keep receipts for (days)')).toHaveValue('90')
})
