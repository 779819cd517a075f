/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * A moderator closes a running meeting: nobody inside notices anything but a chat notice, nobody
 * outside gets in until a moderator lets them (issue #8). Guests use a plain stand-in for Talk's page.
 */
import type { Browser, Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { APP, nextStep, resetSandbox, sandboxGet, setTime, startWizard } from './sandbox.ts'

interface SandboxMeeting { token: string, plan: { start: number, end: number } }
interface Mail { to: string, token: string, link: string }

test.beforeEach(async ({ request }) => resetSandbox(request))

/** Creates a safe meeting with a guest link whose lobby opens at its start; returns the password. */
async function createMeeting(page: Page, title: string): Promise<string> {
	await startWizard(page, title)
	await page.getByText('Create a guest link (protected by a password)').click()
	await nextStep(page)
	await page.getByRole('button', { name: 'Change: Lobby' }).click()
	await page.getByRole('radio', { name: 'Lobby opens at the start time' }).check({ force: true })
	// The built-in auto-lock locks once everyone invited has joined; these meetings are locked by hand.
	await page.getByRole('button', { name: 'Change: Automatic lock' }).click()
	await page.getByRole('group', { name: /Automatic lock/ }).getByRole('radio', { name: 'Off' }).check({ force: true })
	await nextStep(page)
	const password = page.locator('[data-test="password"]')
	await expect(password).not.toHaveText('…')
	const shown = (await password.textContent())!.trim()
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	return shown
}

async function guest(browser: Browser): Promise<Page> {
	return (await browser.newContext()).newPage()
}

async function joinWithPassword(page: Page, token: string, password: string): Promise<void> {
	await page.goto(`/index.php/call/${token}?guest=1`)
	await page.getByLabel('Password').fill(password)
	await page.getByRole('button', { name: 'Join' }).click()
}

test('a locked meeting keeps its guests, refuses newcomers with the password, admits one by name and unlocks from the chat', async ({ browser, page, request }) => {
	// Five browsers and a wizard: longer than one page's flow on a busy machine.
	test.setTimeout(120_000)
	const password = await createMeeting(page, 'Supervisory board')
	const [meeting] = await sandboxGet<SandboxMeeting[]>(request, 'meetings')
	const token = meeting!.token
	// The meeting is running: a minute after its start (the lobby has opened, guests are in their window).
	await setTime(request, meeting!.plan.start + 60)

	// A guest with the password joins.
	const first = await guest(browser)
	await joinWithPassword(first, token, password)
	await expect(first.getByTestId('in-call')).toBeVisible()

	// The moderator locks it on our page, and sees who is in the call.
	await page.goto(APP + '?user=alice')
	const item = page.locator('article.meeting', { hasText: 'Supervisory board' })
	await item.getByRole('button', { name: 'Show who is in the call' }).click()
	await expect(item.locator('.people-in-call__list')).toContainText('Guest')
	await item.getByRole('button', { name: 'Lock meeting: Supervisory board' }).click()
	await expect(item.locator('[data-locked="true"]')).toContainText('Locked by alice')

	// A second guest with the right password is told the meeting is locked.
	const second = await guest(browser)
	await joinWithPassword(second, token, password)
	await expect(second).toHaveURL(new RegExp(`/apps/safe_meeting/closed/${token}$`))
	await expect(second.getByTestId('refusal')).toContainText('The moderators have locked this meeting')

	// The first guest reloads (or the connection dropped) and is back in the call.
	await first.reload()
	await expect(first.getByTestId('in-call')).toBeVisible()

	// The moderator sees the refused attempt (a count only) and admits the second guest by e-mail.
	await page.reload()
	await expect(item).toContainText('1 join attempt was refused.')
	await item.getByLabel(/Admit one person/).fill('second.guest@example.org')
	await item.getByRole('button', { name: 'Admit to Supervisory board' }).click()
	await expect(item.getByRole('status')).toHaveText('Admitted: Talk has sent the guest their personal link.')
	const mails = await sandboxGet<Mail[]>(request, 'mails')
	expect(mails.map((mail) => mail.to)).toEqual(['second.guest@example.org'])
	await second.goto(mails[0]!.link)
	await expect(second.getByTestId('in-call')).toBeVisible()

	// Everybody in the room reads what happened in the chat; the moderator unlocks by command.
	const chat = await browser.newPage()
	await chat.goto(`/index.php/call/${token}?user=alice`)
	await expect(chat.getByTestId('chat')).toContainText('🔒 Meeting locked by Alice.')
	await expect(chat.getByTestId('chat')).toContainText('A guest invited by e-mail was admitted by Alice.')
	await chat.getByLabel('Message').fill('/unlock')
	await chat.getByRole('button', { name: 'Send' }).click()
	await expect(chat.getByTestId('chat')).toContainText('🔓 Meeting unlocked by Alice.')

	await page.reload()
	await expect(item).toContainText('Open: newcomers can join.')
	// Open again: a newcomer with the password gets in.
	const third = await guest(browser)
	await joinWithPassword(third, token, password)
	await expect(third.getByTestId('in-call')).toBeVisible()
	expect(await sandboxGet(request, 'violations')).toEqual([])
})

test('only moderators may use the bot\'s commands', async ({ browser, page, request }) => {
	const password = await createMeeting(page, 'Staff meeting')
	const [meeting] = await sandboxGet<SandboxMeeting[]>(request, 'meetings')
	await setTime(request, meeting!.plan.start + 60)
	const visitor = await guest(browser)
	await joinWithPassword(visitor, meeting!.token, password)

	await visitor.getByLabel('Message').fill('/lock')
	await visitor.getByRole('button', { name: 'Send' }).click()

	await expect(visitor.getByTestId('chat')).toContainText('Sorry, only moderators can lock, unlock, admit or end this meeting.')
	await page.goto(APP + '?user=alice')
	await expect(page.locator('article.meeting', { hasText: 'Staff meeting' })).toContainText('Open: newcomers can join.')
})

test('guests cannot use the link outside the meeting\'s time window', async ({ browser, page, request }) => {
	const password = await createMeeting(page, 'Parents evening')
	const [meeting] = await sandboxGet<SandboxMeeting[]>(request, 'meetings')
	await setTime(request, meeting!.plan.start - 2 * 3600)

	const early = await guest(browser)
	await joinWithPassword(early, meeting!.token, password)

	await expect(early.getByTestId('refusal')).toContainText('Guests can join this meeting from')
})
