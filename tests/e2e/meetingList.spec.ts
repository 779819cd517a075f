/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { expect, test } from '@playwright/test'
import { deleteRoomInTalk, registerMeeting } from './meetings.ts'
import { APP, expectSafeHistory, resetSandbox, setTime } from './sandbox.ts'

test.beforeEach(async ({ request }) => resetSandbox(request))

test('shows each meeting\'s life without a request per meeting, titles as typed', async ({ page, request }) => {
	await registerMeeting(request, 'R&D <weekly>', 3600)
	await registerMeeting(request, 'Board meeting', 60)
	// Ten minutes on by the server's clock, Board meeting runs (a plan cannot start in the past).
	await setTime(request, Math.floor(Date.now() / 1000) + 600)
	const ocs: string[] = []
	page.on('request', (r) => {
		if (new URL(r.url()).pathname.startsWith('/ocs/')) {
			ocs.push(r.url())
		}
	})
	await page.goto(APP + '?user=alice')

	const running = page.getByRole('region', { name: 'Running now' })
	const upcoming = page.getByRole('region', { name: 'Upcoming' })
	await expect(running.locator('h4.meeting__title')).toHaveText(['Board meeting'])
	// A running meeting carries its moderator controls.
	await expect(running.getByRole('button', { name: 'Lock meeting: Board meeting' })).toBeVisible()
	const rd = upcoming.getByRole('article', { name: 'R&D <weekly>' })
	await expect(rd.locator('h4.meeting__title')).toHaveText('R&D <weekly>')
	await expect(rd.locator('[data-fact="lock"]')).toHaveText('Open')
	await expect(rd.locator('[data-fact="participants"]')).toHaveText('1 participant')
	await expect(rd.locator('[data-fact="lobby"]')).toHaveText('On, moderators admit everyone')
	await expect(rd.locator('[data-fact="chat"]')).toHaveText('Deleted 1 week after they are sent')
	await expect(rd.locator('[data-state="compliant"]')).toHaveText('Compliant')
	await expect(rd.getByRole('link', { name: 'Open in Talk: R&D <weekly>' })).toHaveText('Open in Talk')
	// The list itself asks nothing, not even Talk who is in the running call ("My receipts" below the
	// list loads its own first page) until the moderator asks.
	expect(ocs.filter((url) => !url.includes('/apps/safe_meeting/api/v1/receipts?'))).toEqual([])
	await running.getByRole('button', { name: 'Show who is in the call' }).click()
	await expect(running.getByText('Nobody is in the call right now.')).toBeVisible()
	expect(ocs.filter((url) => url.includes('/apps/spreed/api/v4/call/'))).toHaveLength(1)
	await expectSafeHistory(request)
})

test('shows the soonest meetings first and every meeting after "Remove from list" and "Show more meetings"', async ({ page, request }) => {
	const tokens: string[] = []
	for (let i = 1; i <= 55; i++) {
		tokens.push(await registerMeeting(request, `Meeting ${i}`, i * 3600))
	}
	await deleteRoomInTalk(request, tokens[2]!)
	await page.goto(APP + '?user=alice')

	const titles = page.locator('h4.meeting__title')
	await expect(titles).toHaveCount(50)
	await expect(titles.first()).toHaveText('Meeting 1')
	await expect(titles.last()).toHaveText('Meeting 50')
	await page.getByRole('button', { name: 'Remove from list: Meeting 3' }).click()
	await expect(titles).toHaveCount(49)
	// Keyboard focus moves on to the next entry.
	await expect(page.getByRole('heading', { name: 'Meeting 4', exact: true })).toBeFocused()
	await page.getByRole('button', { name: 'Show more meetings' }).click()

	await expect(titles).toHaveCount(54)
	await expect(titles).toHaveText(Array.from({ length: 55 }, (_, i) => `Meeting ${i + 1}`).filter((title) => title !== 'Meeting 3'))
	await expect(page.getByRole('button', { name: 'Show more meetings' })).toHaveCount(0)
})

test('removes the entry of a conversation deleted in Talk', async ({ page, request }) => {
	const token = await registerMeeting(request, 'Old project', 3600)
	await deleteRoomInTalk(request, token)
	await page.goto(APP + '?user=alice')

	const item = page.getByRole('article', { name: 'Old project' })
	await expect(item.locator('[data-state="room-missing"]')).toHaveText('The conversation no longer exists')
	await expect(item.getByRole('link', { name: /Open in Talk/ })).toHaveCount(0)
	// Only what is still true: no phase, no retention, no deletion date to come.
	await expect(item.locator('.meeting__phase')).toHaveCount(0)
	await expect(item.locator('[data-fact]')).toHaveCount(0)
	await item.getByRole('button', { name: 'Remove from list: Old project' }).click()
	await expect(page.getByText('No safe meetings yet')).toBeVisible()
	await expect(page.getByRole('heading', { name: 'My safe meetings', level: 2 })).toBeFocused()
	await page.reload()
	await expect(page.getByText('No safe meetings yet')).toBeVisible()
})

test('"New safe meeting" is the navigation\'s new-item button, once', async ({ page, request }) => {
	await registerMeeting(request, 'Team meeting')
	await page.goto(APP + '?user=alice')
	const buttons = page.getByRole('button', { name: 'New safe meeting' })
	await expect(buttons).toHaveCount(1)
	await expect(page.locator('.app-navigation-new').getByRole('button', { name: 'New safe meeting' })).toBeVisible()
	await buttons.click()
	await expect(page.getByRole('heading', { name: 'New safe meeting', level: 2 })).toBeVisible()
})
