/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The meeting in the organiser's calendar through Talk: users invited, guests never, and whatever
 * goes wrong there leaves the meeting in place with a warning.
 */
import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import { failNext, nextStep, resetSandbox, sandboxGet, startWizard, toReview } from './sandbox.ts'

interface CalendarEvent { title: string, calendarUri: string, attendees: string[], description: string }

const PERSONAL = 'Put it into my calendar "Personal"'
const PASSWORD_LINE = 'You will receive the password for this meeting in a separate message.'

test.beforeEach(async ({ request }) => resetSandbox(request))

async function inviteBob(page: Page) {
	await page.locator('#safe-meeting-users').fill('bo')
	await page.getByRole('option', { name: /Bob/ }).click()
}

/** A datetime-local value in the browser's time zone, `minutes` from now (rounded down to the minute). */
async function localTime(page: Page, minutes: number): Promise<string> {
	return await page.evaluate((offset) => {
		const date = new Date(Date.now() + offset * 60_000)
		const pad = (value: number) => String(value).padStart(2, '0')
		return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
	}, minutes)
}

/**
 * Tomorrow, so the calendar is offered whatever the time (the default start, the next full hour,
 * may be less than the calendar's minute of lead away).
 */
async function startTomorrow(page: Page) {
	await page.locator('#safe-meeting-end').fill(await localTime(page, 25 * 60))
	await page.locator('#safe-meeting-start').fill(await localTime(page, 24 * 60))
}

/** Every schedule-meeting request the page sends. */
function scheduleRequests(page: Page): string[] {
	const seen: string[] = []
	page.on('request', (request) => {
		if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/meeting')) {
			seen.push(request.url())
		}
	})
	return seen
}

test('puts the meeting into the organiser\'s calendar and invites the users, never the e-mail guests', async ({ page, request }) => {
	await startWizard(page, 'Calendar meeting')
	await startTomorrow(page)
	await inviteBob(page)
	await page.getByLabel('Invite a guest by e-mail').fill('guest@example.org')
	await toReview(page)
	await expect(page.getByText('The users you invited get a calendar invitation by e-mail too')).toBeVisible()
	await expect(page.getByText('Guests get no calendar invitation, so their e-mail addresses stay private')).toBeVisible()
	await page.getByRole('radio', { name: PERSONAL }).check({ force: true })
	const shown = (await page.locator('[data-test="password"]').textContent())!.trim()
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The meeting is in your calendar, and the invited users got a calendar invitation (without the password).')).toBeVisible()
	const events = await sandboxGet<CalendarEvent[]>(request, 'calendar')
	expect(events).toHaveLength(1)
	expect(events[0]).toMatchObject({ title: 'Calendar meeting', calendarUri: 'personal', attendees: ['bob@example.org'] })
	expect(events[0]!.description).toContain(PASSWORD_LINE)
	expect(events[0]!.description).not.toContain(shown)
})

test('a meeting with users only puts no password line into the invitation or the event', async ({ page, request }) => {
	await startWizard(page, 'Team meeting')
	await startTomorrow(page)
	await inviteBob(page)
	await toReview(page)
	await page.getByRole('radio', { name: PERSONAL }).check({ force: true })
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The meeting is in your calendar, and the invited users got a calendar invitation (without the password).')).toBeVisible()
	await expect(page.locator('[data-test="invitation"]')).toContainText('Join: ')
	await expect(page.locator('[data-test="invitation"]')).not.toContainText('password')
	const [event] = await sandboxGet<CalendarEvent[]>(request, 'calendar')
	expect(event!.attendees).toEqual(['bob@example.org'])
	expect(event!.description).not.toContain('password')
})

test('keeps the meeting and warns in German when Talk refuses the calendar event', async ({ page, request }) => {
	await failNext(request, 'POST', '/meeting$', 400, 'calendar')
	await startWizard(page, 'Elternabend', '?user=alice&lang=de')
	await startTomorrow(page)
	await nextStep(page, /^Weiter$/)
	await expect(page.getByRole('heading', { name: 'Sicherheit', level: 3 })).toBeVisible()
	await nextStep(page, /^Weiter$/)
	await expect(page.getByRole('heading', { name: 'Prüfen und erstellen', level: 3 })).toBeVisible()
	await expect(page.getByText('Nur du bekommst den Termin, sonst wird niemand eingeladen.')).toBeVisible()
	await page.getByRole('radio', { name: 'In meinen Kalender „Personal“ eintragen' }).check({ force: true })
	await page.getByRole('button', { name: 'Sichere Besprechung erstellen' }).click()
	await expect(page.getByText('Die Besprechung konnte nicht in deinen Kalender eingetragen werden: Talk konnte nicht in den gewählten Kalender schreiben.')).toBeVisible()
	await expect(page.getByText('Die Besprechung selbst ist sicher und bereit.')).toBeVisible()
	await expect(page.getByRole('alert')).toHaveCount(0)
	expect((await sandboxGet<{ name: string }[]>(request, 'rooms')).map((room) => room.name)).toEqual(['Elternabend'])
	expect(await sandboxGet<unknown[]>(request, 'meetings')).toHaveLength(1)
	expect(await sandboxGet(request, 'calendar')).toEqual([])
	// The draft went with the creation: a reload starts a new, empty wizard.
	await page.reload()
	await expect(page.getByLabel(/^Titel/).first()).toHaveValue('')
})

test('offers no calendar to an organiser without e-mail address, and says who can fix it', async ({ page }) => {
	const sent = scheduleRequests(page)
	await startWizard(page, 'Dave\'s meeting', '?user=dave')
	await toReview(page)
	await expect(page.getByText('The meeting cannot be put into your calendar, because your account has no e-mail address. You can add one in your personal settings.')).toBeVisible()
	await expect(page.getByRole('radio', { name: PERSONAL })).toHaveCount(0)
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	expect(sent).toEqual([])
})

test('offers no calendar for a meeting that starts now, and sends none', async ({ page, request }) => {
	const sent = scheduleRequests(page)
	await startWizard(page, 'Instant meeting')
	// This minute: the plan takes it, Talk's calendar would not.
	await page.locator('#safe-meeting-start').fill(await localTime(page, 0))
	await toReview(page)
	await expect(page.getByText('The meeting starts now, so it cannot be put into a calendar: Talk only adds meetings that have not started yet.')).toBeVisible()
	await expect(page.getByRole('radio', { name: PERSONAL })).toHaveCount(0)
	await page.getByRole('button', { name: 'Create safe meeting' }).click()
	await expect(page.getByText('The safe meeting was created.')).toBeVisible()
	await expect(page.getByText('The meeting is in your calendar')).toHaveCount(0)
	expect(sent).toEqual([])
	expect(await sandboxGet(request, 'calendar')).toEqual([])
})
