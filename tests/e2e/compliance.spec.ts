/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { CONTROL, resetSandbox, sandboxGet, startWizard, toReview } from './sandbox.ts'

const ADMIN_PAGE = '/index.php/settings/admin/safe_meeting?user=admin'
const TALK_ROOM_API = '/ocs/v2.php/apps/spreed/api/v4/room'
const basic = (user: string) => ({ Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64'), 'OCS-APIRequest': 'true', Accept: 'application/json' })

test.beforeEach(async ({ request }) => resetSandbox(request))

/** A safe meeting without guests, created through the wizard by `user`; returns its token. */
async function createMeeting(page: Page, user: string, title: string): Promise<string> {
	await startWizard(page, title, `?user=${user}`)
	await toReview(page)
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	const meetings = await sandboxGet<{ token: string, plan: { title: string } }[]>(page.request, 'meetings')
	return meetings.find((meeting) => meeting.plan.title === title)!.token
}

test('an admin sees the criteria and requires passwords for guest links with one click', async ({ page, request }) => {
	await page.goto(ADMIN_PAGE)
	const access = page.locator('[data-criterion="5"]')
	await expect(access).toContainText('Criterion 5: Access protection')
	await expect(access).toHaveAttribute('data-status', 'fails')
	await access.getByText('What was read').click()
	await expect(access.getByRole('row', { name: /Talk requires a password for guest links/ })).toContainText('no')

	await access.getByRole('button', { name: 'Require passwords for guest links' }).click()
	const dialog = page.getByRole('dialog', { name: 'Require passwords for guest links' })
	await expect(dialog).toContainText('occ config:app:set spreed force_passwords --value=1')
	await dialog.getByRole('button', { name: 'Require passwords for guest links' }).click()

	await expect(access).toHaveAttribute('data-status', 'holds')
	await expect(access).toContainText('Every guest link needs a password')
	await expect(access.getByRole('button', { name: 'Require passwords for guest links' })).toHaveCount(0)
	// Talk itself now refuses guest links without a password.
	expect((await (await request.get('/__sandbox/capabilities', CONTROL)).json()).config.forcePasswords).toBe(true)
	const open = await request.post(TALK_ROOM_API, { headers: basic('bob'), data: { roomType: 3, roomName: 'Open room' } })
	expect(open.status()).toBe(400)
})

test('the one-click fix works with the keyboard alone and leaves the focus on its criterion', async ({ page, request }) => {
	await page.goto(ADMIN_PAGE)
	const access = page.locator('[data-criterion="5"]')
	await access.getByRole('button', { name: 'Require passwords for guest links' }).focus()
	await page.keyboard.press('Enter')
	const confirm = page.getByRole('dialog', { name: 'Require passwords for guest links' }).getByRole('button', { name: 'Require passwords for guest links' })
	// Tab through the dialog like a keyboard user until the confirmation has the focus.
	await expect(async () => {
		await page.keyboard.press('Tab')
		await expect(confirm).toBeFocused({ timeout: 200 })
	}).toPass({ timeout: 10_000 })
	await page.keyboard.press('Enter')
	await expect(access).toHaveAttribute('data-status', 'holds')
	// The button went with the finding; the focus moves to the criterion, not back to the page's top.
	await expect(page.locator(':focus')).toHaveText('Criterion 5: Access protection')
	expect((await (await request.get('/__sandbox/capabilities', CONTROL)).json()).config.forcePasswords).toBe(true)
})

test('the compliance centre speaks German and follows the dark theme', async ({ page }) => {
	await page.goto(ADMIN_PAGE + '&lang=de&theme=dark')
	await expect(page.getByRole('heading', { name: 'Keine Überwachung' })).toBeVisible()
	await expect(page.getByRole('heading', { name: 'Organisatorische Nachweise' })).toBeVisible()
	await expect(page.getByRole('heading', { name: 'Sichere Besprechungen aller Personen' })).toBeVisible()
	await expect(page.locator('.criteria__counts')).toContainText('Nicht erfüllt:')
	await expect(page.locator('[data-criterion="5"]')).toContainText('Nicht erfüllt')
	const background = await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--color-main-background').trim())
	expect(background).not.toBe('#ffffff')
})

test('cancelling the confirmation changes nothing', async ({ page, request }) => {
	await page.goto(ADMIN_PAGE)
	const access = page.locator('[data-criterion="5"]')
	await access.getByRole('button', { name: 'Require passwords for guest links' }).click()
	await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
	await expect(access).toHaveAttribute('data-status', 'fails')
	expect((await (await request.get('/__sandbox/capabilities', CONTROL)).json()).config.forcePasswords).toBe(false)
})

test('the overview shows every user\'s safe meetings and names what is wrong and who moderates it', async ({ page, request }) => {
	await createMeeting(page, 'alice', 'HR interview')
	const bobs = await createMeeting(page, 'bob', 'Staff briefing')
	expect((await request.delete(`${TALK_ROOM_API}/${bobs}`, { headers: basic('bob') })).ok()).toBe(true)

	await page.goto(ADMIN_PAGE)
	const table = page.locator('.overview__table')
	await expect(table.locator('tbody tr')).toHaveCount(2)
	const deleted = table.locator(`tr[data-token="${bobs}"]`)
	await expect(deleted).toContainText('Staff briefing')
	await expect(deleted).toContainText('Bob (bob)')
	await expect(deleted).toContainText('Conversation deleted')

	await page.getByRole('radio', { name: /^Conversation deleted/ }).check({ force: true })
	await expect(table.locator('tbody tr')).toHaveCount(1)
	await page.getByRole('radio', { name: /^Compliant/ }).check({ force: true })
	await expect(table.locator('tbody tr')).toHaveCount(1)
	await expect(table).toContainText('Alice (alice)')
	await page.getByLabel('Title or token').fill('nothing like it')
	await expect(page.getByText('No safe meetings match')).toBeVisible()
})

test('a user who is not an admin gets no compliance data', async ({ request }) => {
	const response = await request.get('/ocs/v2.php/apps/safe_meeting/api/v1/compliance', { headers: basic('alice') })
	expect(response.status()).toBe(403)
	const fix = await request.post('/ocs/v2.php/apps/safe_meeting/api/v1/compliance/fixes/force-passwords', { headers: basic('alice') })
	expect(fix.status()).toBe(403)
	expect((await (await request.get('/__sandbox/capabilities', CONTROL)).json()).config.forcePasswords).toBe(false)
})

test('the "no monitoring" profile makes read receipts private for everyone and says what it cannot enforce', async ({ page }) => {
	await page.goto(ADMIN_PAGE)
	const monitoring = page.locator('[data-criterion="11"]')
	await expect(monitoring).toHaveAttribute('data-status', 'fails')
	const section = page.locator('#safe-meeting-no-monitoring')
	await expect(section).toContainText('Users who have logged in: 5. Others still see when they read: 5.')
	await expect(section).toContainText('Not enforced')
	await expect(section).toContainText('"User status" app')

	await section.getByText('Read receipts and typing indicators are private for every user').click()

	await expect(section).toContainText('Users who have logged in: 5. Others still see when they read: 0. Others still see when they type: 0.')
	await expect(section.getByRole('switch')).toBeChecked()
	await expect(monitoring).toHaveAttribute('data-status', 'holds')
})

test('an admin attests the processor agreement: who, when, which document and the next review', async ({ page, request }) => {
	await page.goto(ADMIN_PAGE)
	const evidence = page.locator('#safe-meeting-evidence')
	const row = evidence.locator('[data-item="processor-agreement"]')
	await expect(row).toContainText('Not attested')
	await expect(page.locator('[data-criterion="18"]')).toContainText('Not attested: 5.')

	// Without a document the server names what is missing and records nothing.
	const empty = await request.post('/ocs/v2.php/apps/safe_meeting/api/v1/compliance/evidence', { headers: basic('admin'), data: { item: 'processor-agreement', documentRef: ' ', reviewDue: '2099-01-01' } })
	expect(empty.status()).toBe(400)
	expect((await empty.json()).ocs.data.violations.map((v: { field: string }) => v.field)).toEqual(['documentRef', 'reviewDue'])

	await row.getByRole('button', { name: 'Attest Processor agreements (Art. 28 GDPR)' }).click()
	await row.getByLabel('Document (reference or link)').fill('AVV Hosting 2026/14')
	await row.getByRole('button', { name: 'Attest', exact: true }).click()

	await expect(row).toContainText('AVV Hosting 2026/14, attested by admin on')
	await expect(row).toContainText('next review')
	await expect(page.locator('[data-criterion="18"]')).toContainText('Not attested: 4.')
	const stored = await (await request.get('/ocs/v2.php/apps/safe_meeting/api/v1/compliance/evidence', { headers: basic('admin') })).json()
	const agreement = stored.ocs.data.items.find((item: { item: string }) => item.item === 'processor-agreement')
	expect(agreement.attestation).toMatchObject({ attestedBy: 'admin', documentRef: 'AVV Hosting 2026/14' })
	expect(agreement.attestation.reviewDue * 1000).toBeGreaterThan(Date.now() + 360 * 86400 * 1000)
})

test('classifying Talk\'s default STUN server as a processor makes criterion 1 hold', async ({ page }) => {
	await page.goto(ADMIN_PAGE)
	await expect(page.locator('[data-criterion="1"]')).toHaveAttribute('data-status', 'fails')
	const stun = page.locator('[data-host="stun.nextcloud.com"]')
	await stun.getByRole('button', { name: 'Classify stun.nextcloud.com' }).click()
	await stun.getByText('A processor, under a processor agreement').click()
	await stun.getByText('EU or EEA').click()
	await stun.getByLabel('Processor agreement (reference or link)').fill('AVV Nextcloud GmbH')
	await stun.getByRole('button', { name: 'Record classification' }).click()
	await expect(stun).toContainText('processor, EU or EEA – AVV Nextcloud GmbH')
	await expect(page.locator('[data-criterion="1"]')).toHaveAttribute('data-status', 'holds')
})

test('an admin downloads the Art. 30 record generated from the server, with the contact typed once', async ({ page }) => {
	await page.goto(ADMIN_PAGE)
	const section = page.locator('#safe-meeting-record')
	await section.getByLabel('Controller contact (name and address)').fill('Stadt Musterstadt, Rathausplatz 1')
	await section.getByLabel('Data protection officer (name and contact)').fill('dsb@musterstadt.example')
	await section.getByRole('button', { name: 'Record contact' }).click()
	await expect(page.getByText('Contact saved', { exact: true })).toBeVisible()

	const [csvDownload] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Download as CSV' }).click()])
	expect(csvDownload.suggestedFilename()).toMatch(/^processing-record-\d{4}-\d{2}-\d{2}\.csv$/)
	const csv = (await import('node:fs')).readFileSync((await csvDownload.path())!, 'utf8')
	expect(csv).toContain('"Controller","Contact","Stadt Musterstadt, Rathausplatz 1"')
	expect(csv).toContain('"Controller","Data protection officer","dsb@musterstadt.example"')
	expect(csv).toContain('stun.nextcloud.com')
	expect(csv).toContain('DPIA screening (Art. 35 GDPR)')

	const [jsonDownload] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Download as JSON' }).click()])
	const json = JSON.parse((await import('node:fs')).readFileSync((await jsonDownload.path())!, 'utf8'))
	expect(json.sections.map((s: { id: string }) => s.id)).toEqual(['controller', 'processing', 'subjects', 'data', 'recipients', 'transfers', 'deletion', 'measures', 'evidence'])

	// The printable page shows the same record.
	await page.goto('/index.php/apps/safe_meeting/compliance/record?user=admin')
	await expect(page.getByRole('heading', { name: 'Record of processing activities (Art. 30 GDPR)' })).toBeVisible()
	await expect(page.locator('[data-section="controller"]')).toContainText('Stadt Musterstadt, Rathausplatz 1')
	await expect(page.locator('[data-section="dpia"]')).toContainText('Is audio or video recorded?')
	await page.emulateMedia({ media: 'print' })
	await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden()
})

test('the record is for admins only', async ({ page }) => {
	const response = await page.goto('/index.php/apps/safe_meeting/compliance/record.csv?user=alice')
	expect(response?.status()).toBe(403)
})
