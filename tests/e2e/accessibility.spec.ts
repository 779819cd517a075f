/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Accessibility by measurement: axe-core's WCAG 2.1 A and AA rules (the basis of EN 301 549 and
 * BITV 2.0) over every state of the app page and the admin page, in the light and the dark theme.
 * Any violation fails, with the rule and the elements named.
 */
import type { APIRequestContext, Page } from '@playwright/test'

import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { deleteRoomInTalk, registerMeeting } from './meetings.ts'
import { APP, CONTROL, failNext, nextStep, resetSandbox, setFeature, setTime, startWizard } from './sandbox.ts'

const ADMIN_PAGE = '/index.php/settings/admin/safe_meeting'
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const THEMES = ['light', 'dark'] as const

test.beforeEach(async ({ request }) => resetSandbox(request))
// axe reads the whole page for every state; on a busy machine one state of the admin page takes seconds.
test.describe.configure({ timeout: 180_000 })

/** The violations axe finds in the page as it is now, one line per rule and element. */
async function violations(page: Page, state: string): Promise<string[]> {
	// The pointer away from every control: after a click it may rest on a button that a dialog or a
	// reflow put under it, and axe would judge that button's hover colours, a matter of layout timing.
	await page.mouse.move(0, 0)
	// Transitions finished: axe judges the state, not a fade between two states. Vue starts an enter
	// transition on the frame after it inserts the element, so finish what runs over a few frames.
	await page.evaluate(async () => {
		for (let frame = 0; frame < 3; frame++) {
			await new Promise((resolve) => requestAnimationFrame(resolve))
			document.getAnimations()
				.filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
				.forEach((animation) => animation.finish())
		}
	})
	const result = await new AxeBuilder({ page })
		// Experimental in axe, but WCAG 2.5.3 (Label in Name) is level A. Options first: withTags adds to them.
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.withTags(WCAG_21_AA)
		.analyze()
	return result.violations.flatMap((violation) => violation.nodes.map((node) => `${state}: ${violation.id} at ${node.target.join(' ')} (${node.failureSummary?.split('\n').slice(1).join(' ').trim()})`))
}

/** Runs axe on each state a scenario reaches and fails once, listing every violation of every state. */
function auditor(page: Page) {
	const found: string[] = []
	let states = 0
	return {
		check: async (state: string) => {
			states++
			found.push(...await violations(page, state))
		},
		expectNone: () => {
			expect(found).toEqual([])
			return states
		},
	}
}

/** One meeting in each phase, and one whose conversation was deleted: the server's clock moves two hours on. */
async function registerEveryPhase(request: APIRequestContext): Promise<void> {
	const now = Math.floor(Date.now() / 1000)
	await registerMeeting(request, 'Last quarter', 60)
	await registerMeeting(request, 'Board meeting', 2 * 3600 - 600)
	await registerMeeting(request, 'R&D <weekly>', 5 * 3600)
	await deleteRoomInTalk(request, await registerMeeting(request, 'Old project', 5 * 3600))
	await setTime(request, now + 2 * 3600)
}

for (const theme of THEMES) {
	const query = `?user=alice&theme=${theme}`

	test(`the list in every state has no WCAG 2.1 AA violation (${theme})`, async ({ page, request }) => {
		const audit = auditor(page)
		await page.goto(APP + query)
		await expect(page.getByText('No safe meetings yet')).toBeVisible()
		await audit.check('empty list')

		await registerEveryPhase(request)
		await page.reload()
		const running = page.getByRole('article', { name: 'Board meeting' })
		await expect(running.getByRole('button', { name: 'Lock meeting: Board meeting' })).toBeVisible()
		await expect(page.getByRole('article', { name: 'Old project' }).locator('[data-state="room-missing"]')).toBeVisible()
		await audit.check('list with upcoming, running, past and deleted meetings')

		const upcoming = page.getByRole('article', { name: 'R&D <weekly>' })
		await upcoming.getByRole('button', { name: 'Show what will be deleted' }).click()
		await expect(upcoming.getByRole('button', { name: 'Purge now' })).toBeVisible()
		await audit.check('retention preview open')

		await upcoming.getByRole('button', { name: 'Purge now' }).click()
		const purge = page.getByRole('dialog', { name: /^Purge/ })
		await expect(purge).toBeVisible()
		await audit.check('purge confirmation')
		await purge.getByRole('button', { name: 'Cancel' }).click()
		await expect(purge).toHaveCount(0)

		await running.getByRole('button', { name: 'Lock meeting: Board meeting' }).click()
		await expect(running.getByRole('button', { name: 'Unlock Board meeting' })).toBeVisible()
		await audit.check('running meeting locked')

		await running.getByRole('button', { name: 'End meeting: Board meeting' }).click()
		const end = page.getByRole('dialog', { name: 'End the call for everyone?' })
		await expect(end).toBeVisible()
		await audit.check('end meeting confirmation')

		expect(audit.expectNone()).toBe(6)
	})

	test(`the wizard in every state has no WCAG 2.1 AA violation (${theme})`, async ({ page, request }) => {
		const audit = auditor(page)
		await page.goto(APP + query + '#/new')
		await expect(page.getByRole('heading', { name: 'Meeting and participants', level: 3 })).toBeVisible()
		await audit.check('first screen')

		await nextStep(page)
		await expect(page.getByText('Title is required.')).toBeVisible()
		await audit.check('first screen with errors')

		await page.getByLabel(/^Title/).first().fill('Parents evening')
		await page.getByLabel('Invite a guest by e-mail').fill('parent@example.org')
		await page.getByRole('button', { name: 'Add guest' }).click()
		await expect(page.getByRole('list', { name: 'Guests by e-mail' })).toContainText('parent@example.org')
		await audit.check('first screen with a guest')

		await nextStep(page)
		await expect(page.getByRole('heading', { name: 'Safety', level: 3 })).toBeVisible()
		await audit.check('safety summary')
		await page.getByRole('button', { name: 'Change: Lobby' }).click()
		await expect(page.getByRole('radio', { name: 'Lobby opens at the start time' })).toBeAttached()
		await audit.check('safety with a setting opened')

		await nextStep(page)
		await expect(page.getByRole('heading', { name: 'Review and create', level: 3 })).toBeVisible()
		await expect(page.locator('[data-test="password"]')).not.toHaveText('…')
		await audit.check('review')

		await failNext(request, 'POST', '/apps/safe_meeting/api/v1/meetings', 500)
		await page.getByRole('button', { name: 'Create safe meeting' }).click()
		await expect(page.getByRole('alert').filter({ hasText: 'deleted again' })).toBeVisible()
		await audit.check('creation failed')

		await page.getByRole('button', { name: 'Create safe meeting' }).click()
		await expect(page.getByText('The safe meeting was created.')).toBeVisible()
		await audit.check('success')
		await page.getByText('I have copied the password or sent it to the guests').click()
		await expect(page.getByRole('button', { name: 'Done' })).toBeEnabled()
		await audit.check('success, password confirmed')

		expect(audit.expectNone()).toBe(9)
	})

	test(`the wizard on a server missing a feature has no WCAG 2.1 AA violation (${theme})`, async ({ page, request }) => {
		const audit = auditor(page)
		await setFeature(request, 'message-expiration', false)
		await startWizard(page, 'Budget review', query)
		await expect(page.locator('.missing-features')).toContainText('This server cannot create this meeting safely')
		await audit.check('missing feature on the first screen')
		expect(audit.expectNone()).toBe(1)
	})

	test(`the admin page in every state has no WCAG 2.1 AA violation (${theme})`, async ({ page, request }) => {
		const audit = auditor(page)
		const admin = ADMIN_PAGE + `?user=admin&theme=${theme}`
		await page.goto(admin)
		const retention = page.locator('fieldset.rule-editor[data-setting="fileRetentionDays"]')
		await expect(retention).toBeVisible()
		// What loads after the editor is painted is audited too.
		await expect(page.locator('#safe-meeting-rule-groups')).toBeVisible()
		await expect(page.locator('.compliance-centre')).toBeVisible()
		await expect(page.getByRole('heading', { name: 'Deletion receipts' })).toBeVisible()
		await audit.check('admin page')

		await retention.getByLabel('Default').fill('120')
		await expect(retention).toContainText('enter a whole number from 1 to 90.')
		await audit.check('admin page with an invalid value')
		await page.getByRole('button', { name: 'Discard changes' }).click()
		await expect(page.getByText('All changes are saved.')).toBeVisible()

		await page.locator('#safe-meeting-rule-groups').click()
		await page.keyboard.type('hr')
		await page.getByRole('option', { name: 'hr' }).click()
		await page.getByRole('button', { name: 'Add rule' }).click()
		await expect(page.getByText('Rule for hr', { exact: true })).toBeVisible()
		await audit.check('admin page with a group rule')

		await page.getByRole('button', { name: /^Reset to built-in safe policy/ }).click()
		const reset = page.getByRole('dialog', { name: 'Reset to the built-in safe policy?' })
		await expect(reset).toBeVisible()
		await audit.check('reset confirmation')
		await reset.getByRole('button', { name: 'Cancel' }).click()
		await expect(reset).toHaveCount(0)

		await page.getByRole('button', { name: /^Save/ }).click()
		await expect(page.getByRole('status').filter({ hasText: 'Policy saved.' })).toBeVisible()
		await audit.check('policy saved')

		const policy = (await (await request.get('/ocs/v2.php/apps/safe_meeting/api/v1/policy', { headers: { Authorization: 'Basic ' + Buffer.from('admin:admin').toString('base64'), 'OCS-APIRequest': 'true', Accept: 'application/json' } })).json()).ocs.data
		policy.settings.chatExpiry = { default: 0, allowed: [3600, 0], locked: false }
		expect((await request.post('/__sandbox/policy', { ...CONTROL, data: policy })).ok()).toBe(true)
		await page.goto(admin)
		await expect(page.locator('.migration-notice')).toContainText('The stored policy was converted to thresholds')
		await audit.check('converted policy notice')

		expect(audit.expectNone()).toBe(6)
	})
}
