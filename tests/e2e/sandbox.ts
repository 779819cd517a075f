/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Helpers for the sandbox's /__sandbox/ control API.
 */
import type { APIRequestContext, Page } from '@playwright/test'

import { expect } from '@playwright/test'

export const APP = '/index.php/apps/safe_meeting/'

/** Control requests must say they are one (the sandbox refuses cross-origin control requests). */
export const CONTROL = { headers: { 'X-Sandbox-Control': '1' } }

export async function resetSandbox(request: APIRequestContext): Promise<void> {
	expect((await request.post('/__sandbox/reset', CONTROL)).ok()).toBe(true)
}

export async function setFeature(request: APIRequestContext, feature: string, on: boolean): Promise<void> {
	expect((await request.post('/__sandbox/capabilities', { ...CONTROL, data: { [feature]: on } })).ok()).toBe(true)
}

/** Moves the sandbox's clock (Unix seconds). */
export async function setTime(request: APIRequestContext, now: number): Promise<void> {
	expect((await request.post('/__sandbox/time', { ...CONTROL, data: { now } })).ok()).toBe(true)
}

/** The next matching request fails with this status and, when given, the reason (`error`) Talk would give. */
export async function failNext(request: APIRequestContext, method: string, path: string, status = 500, error?: string): Promise<void> {
	expect((await request.post('/__sandbox/fail', { ...CONTROL, data: { method, path, status, times: 1, ...(error === undefined ? {} : { error }) } })).ok()).toBe(true)
}

export async function sandboxGet<T>(request: APIRequestContext, what: 'rooms' | 'history' | 'violations' | 'unsafe' | 'meetings' | 'mails' | 'chat' | 'calendar'): Promise<T> {
	const response = await request.get(`/__sandbox/${what}`, CONTROL)
	expect(response.ok()).toBe(true)
	return await response.json() as T
}

/** Nothing unsafe ever happened and no request broke a contract. */
export async function expectSafeHistory(request: APIRequestContext): Promise<void> {
	expect(await sandboxGet(request, 'unsafe')).toEqual([])
	expect(await sandboxGet(request, 'violations')).toEqual([])
}

/** Fills the first wizard step; leaves the wizard there. */
export async function startWizard(page: Page, title: string, query = '?user=alice'): Promise<void> {
	await page.goto(APP + query + '#/new')
	await page.getByLabel(/^(Title|Titel)/).first().fill(title)
}

export async function nextStep(page: Page, name = /^(Next|Weiter)$/): Promise<void> {
	await page.getByRole('button', { name }).click()
}

/** From the first screen of the wizard to its review: safety keeps every default. */
export async function toReview(page: Page): Promise<void> {
	await nextStep(page)
	await expect(page.getByRole('heading', { name: 'Safety', level: 3 })).toBeVisible()
	await nextStep(page)
	await expect(page.getByRole('heading', { name: 'Review and create', level: 3 })).toBeVisible()
}
