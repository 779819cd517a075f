/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Registers safe meetings through the sandbox's HTTP APIs (Talk, then ours), as the wizard would,
 * so list tests can start from any set of meetings.
 */
import type { APIRequestContext } from '@playwright/test'

import { expect } from '@playwright/test'
import { defaultPolicy } from '../../src/policy/defaultPolicy.ts'
import { effectivePolicy } from '../../src/policy/effectivePolicy.ts'
import { planMeeting } from '../../src/policy/planMeeting.ts'

const PASSWORD = 'a-strong-e2e-password-123'
const ocsHeaders = (user: string) => ({ Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64'), 'OCS-APIRequest': 'true', Accept: 'application/json' })

/** Registers a meeting of alice (group hr) starting `startIn` seconds from now; returns its token. */
export async function registerMeeting(request: APIRequestContext, title: string, startIn = 3600): Promise<string> {
	const now = Math.floor(Date.now() / 1000)
	const start = now + startIn
	const result = planMeeting(effectivePolicy(defaultPolicy(), ['hr']), {
		title,
		description: '',
		start,
		end: start + 3600,
		users: [],
		emails: [],
		guestLink: true,
		password: PASSWORD,
		settings: {},
	}, Math.min(now, start))
	expect(result.ok).toBe(true)
	if (!result.ok) {
		return ''
	}
	const { participants, ...plan } = result.plan
	const created = await request.post('/ocs/v2.php/apps/spreed/api/v4/room', {
		headers: ocsHeaders('alice'),
		data: { ...plan.talk, roomName: plan.title, password: PASSWORD, description: plan.description, participants },
	})
	expect(created.status()).toBe(201)
	const token = (await created.json()).ocs.data.token as string
	const registered = await request.post('/ocs/v2.php/apps/safe_meeting/api/v1/meetings', { headers: ocsHeaders('alice'), data: { token, plan, password: PASSWORD } })
	expect(registered.status()).toBe(201)
	return token
}

export async function deleteRoomInTalk(request: APIRequestContext, token: string): Promise<void> {
	expect((await request.delete(`/ocs/v2.php/apps/spreed/api/v4/room/${token}`, { headers: ocsHeaders('alice') })).ok()).toBe(true)
}
