/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { APIRequestContext, Browser, Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { APP, CONTROL, nextStep, resetSandbox, sandboxGet, setTime, startWizard, toReview } from './sandbox.ts'

interface Mail { to: string, token: string, link: string }
interface Room { token: string, attendees: { id: number, actorType: string, invitedActorId?: string }[] }

const POLICY_API = '/ocs/v2.php/apps/safe_meeting/api/v1/policy'
const basic = (user: string) => ({ Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64'), 'OCS-APIRequest': 'true', Accept: 'application/json' })

test.beforeEach(async ({ request }) => resetSandbox(request))

/** alice creates a safe meeting with a guest link; returns the link "My safe meetings" shows for guests. */
async function createWithGuestLink(page: Page, title: string): Promise<{ link: string, token: string }> {
	await startWizard(page, title)
	await page.getByText('Create a guest link (protected by a password)').click()
	await toReview(page)
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	const meetings = await sandboxGet<{ token: string }[]>(page.request, 'meetings')
	const token = meetings[meetings.length - 1]!.token
	// "My safe meetings" in another tab: the success screen keeps the password until the organiser has it.
	const list = await page.context().newPage()
	await list.goto(APP + '?user=alice')
	const link = (await list.locator(`[data-token="${token}"] code`).first().textContent())!.trim()
	await list.close()
	return { link, token }
}

/** The organisation requires the notice by default (policy setting "Privacy notice acknowledgement"). */
async function requireNotice(request: APIRequestContext): Promise<void> {
	const policy = (await (await request.get(POLICY_API, { headers: basic('admin') })).json()).ocs.data
	policy.settings.requirePrivacyNotice = { ...policy.settings.requirePrivacyNotice, default: 'required' }
	expect((await request.post('/__sandbox/policy', { ...CONTROL, data: policy })).ok()).toBe(true)
}

/**
 * A guest: a browser without any Nextcloud session of its own. The sandbox's notice page marks such a
 * browser as a guest for Talk's stand-in; opening Talk's page directly takes `?guest=1` (talkPage.ts).
 */
async function guest(browser: Browser): Promise<Page> {
	return (await browser.newContext()).newPage()
}

test('a guest opens the meeting link, reads the notice and continues to Talk', async ({ page, browser }) => {
	const { link, token } = await createWithGuestLink(page, 'Parents evening')
	expect(new URL(link).pathname).toBe(`/index.php/apps/safe_meeting/m/${token}`)

	const visitor = await guest(browser)
	await visitor.goto(link)
	await expect(visitor.getByRole('heading', { name: 'Parents evening' })).toBeVisible()
	const notice = visitor.locator('[data-test="notice"]')
	await expect(notice).toContainText('It is not recorded')
	await expect(notice).toContainText('Version 1')

	await visitor.getByRole('button', { name: /I have read the privacy notice/ }).click()
	await expect(visitor).toHaveURL(new RegExp(`/index\\.php/call/${token}$`))
	// Talk's page (the sandbox's stand-in) asks the guest for the meeting's password.
	await expect(visitor.getByRole('heading', { name: 'Parents evening' })).toBeVisible()
	await expect(visitor.getByLabel('Password')).toBeVisible()
})

test('with the notice required, a guest who skipped it is sent back to it, and gets in after reading it', async ({ page, browser, request }) => {
	await requireNotice(request)
	const { token } = await createWithGuestLink(page, 'Disciplinary hearing')

	const visitor = await guest(browser)
	await visitor.goto(`/index.php/call/${token}?guest=1`)
	await expect(visitor).toHaveURL(new RegExp(`/index\\.php/apps/safe_meeting/m/${token}$`))
	await expect(visitor.getByText('The organiser asks every guest to read this notice before joining.')).toBeVisible()

	await visitor.getByRole('button', { name: /I have read the privacy notice/ }).click()
	await expect(visitor).toHaveURL(new RegExp(`/index\\.php/call/${token}$`))
	await expect(visitor.getByLabel('Password')).toBeVisible()
	// Read once in this browser session: Talk's page now leads straight on.
	await visitor.goto(`/index.php/call/${token}`)
	await expect(visitor).toHaveURL(new RegExp(`/index\\.php/call/${token}$`))
	await expect(visitor.getByLabel('Password')).toBeVisible()

	// Another browser has read nothing.
	const stranger = await guest(browser)
	await stranger.goto(`/index.php/call/${token}?guest=1`)
	await expect(stranger).toHaveURL(new RegExp(`/m/${token}$`))
})

test('an invited e-mail guest keeps their personal link through the notice and joins the locked meeting; a guest with only the password stays out', async ({ page, browser, request }) => {
	// Three browsers and a wizard: longer than one page's flow on a busy machine.
	test.setTimeout(120_000)
	await requireNotice(request)
	await startWizard(page, 'Custody hearing')
	await page.getByLabel('Invite a guest by e-mail').fill('parent@example.org')
	await nextStep(page)
	await page.getByRole('button', { name: 'Change: Lobby' }).click()
	await page.getByRole('radio', { name: 'Lobby opens at the start time' }).check({ force: true })
	await nextStep(page)
	const shown = page.locator('[data-test="password"]')
	await expect(shown).not.toHaveText('…')
	const password = (await shown.textContent())!.trim()
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	const [meeting] = await sandboxGet<{ token: string, plan: { start: number } }[]>(request, 'meetings')
	const token = meeting!.token
	// Running (the lobby has opened), and locked by the moderator.
	await setTime(request, meeting!.plan.start + 60)
	await page.goto(APP + '?user=alice')
	const item = page.locator('article.meeting', { hasText: 'Custody hearing' })
	await item.getByRole('button', { name: 'Lock meeting: Custody hearing' }).click()
	await expect(item.locator('[data-locked="true"]')).toContainText('Locked by alice')

	// Talk mailed the invited guest their personal link; it leads to the notice first, pair and all.
	const mails = await sandboxGet<Mail[]>(request, 'mails')
	expect(mails.map((mail) => mail.to)).toEqual(['parent@example.org'])
	const personal = new URL(mails[0]!.link)
	expect(personal.searchParams.get('access')).toMatch(/^[A-Za-z0-9]{64}$/)
	const invited = await guest(browser)
	await invited.goto(personal.pathname + personal.search)
	await expect(invited).toHaveURL((url) => url.pathname === `/index.php/apps/safe_meeting/m/${token}` && url.search === personal.search)
	await expect(invited.getByText('The organiser asks every guest to read this notice before joining.')).toBeVisible()

	await invited.getByRole('button', { name: /I have read the privacy notice/ }).click()
	// Back on the personal link: no password asked, in the call although the meeting is locked.
	await expect(invited.getByTestId('in-call')).toBeVisible()
	await expect(invited).toHaveURL((url) => url.pathname === `/index.php/call/${token}` && url.search === personal.search)
	const [room] = await sandboxGet<Room[]>(request, 'rooms')
	const guests = room!.attendees.filter((a) => a.actorType !== 'users')
	expect(guests.map((a) => [a.actorType, a.invitedActorId])).toEqual([['emails', 'parent@example.org']])

	// Somebody with only the password reads the notice too, and is turned away: the meeting is locked.
	const stranger = await guest(browser)
	await stranger.goto(`/index.php/call/${token}?guest=1`)
	await stranger.getByRole('button', { name: /I have read the privacy notice/ }).click()
	await stranger.getByLabel('Password').fill(password)
	await stranger.getByRole('button', { name: 'Join' }).click()
	await expect(stranger.getByTestId('refusal')).toContainText('The moderators have locked this meeting')
	expect((await sandboxGet<Room[]>(request, 'rooms'))[0]!.attendees.filter((a) => a.actorType !== 'users')).toHaveLength(1)
})

test('the notice page of an unknown meeting says so and offers no way on', async ({ browser }) => {
	const visitor = await guest(browser)
	const response = await visitor.goto('/index.php/apps/safe_meeting/m/nosuch01')
	expect(response?.status()).toBe(404)
	await expect(visitor.getByText('This meeting does not exist')).toBeVisible()
	await expect(visitor.getByRole('button', { name: /continue/ })).toHaveCount(0)
})

test('"My safe meetings" gives guests the notice page, moderators Talk', async ({ page }) => {
	const { link, token } = await createWithGuestLink(page, 'Board meeting')
	expect(link).toContain(`/apps/safe_meeting/m/${token}`)
	const list = await page.context().newPage()
	await list.goto(APP + '?user=alice')
	await expect(list.getByRole('link', { name: 'Open in Talk: Board meeting' })).toHaveAttribute('href', `/index.php/call/${token}`)
})
