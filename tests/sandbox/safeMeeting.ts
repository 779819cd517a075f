/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SettingValues } from '../../src/policy/settings.ts'
import type { client } from './client.ts'

import { expect } from 'vitest'
import { defaultPolicy } from '../../src/policy/defaultPolicy.ts'
import { effectivePolicy } from '../../src/policy/effectivePolicy.ts'
import { planMeeting } from '../../src/policy/planMeeting.ts'

export const PASSWORD = 'a-strong-sandbox-password'

export interface SafeMeetingOptions {
	title?: string
	/** Invited users besides alice. */
	users?: string[]
	/** Unix seconds; the meeting lasts an hour. */
	start?: number
	guests?: boolean
	settings?: Partial<SettingValues>
	/** Leave the room unregistered. */
	register?: boolean
}

/** A room alice created and registered the way the wizard does it (plan under the default policy). */
export async function safeMeeting(api: ReturnType<typeof client>, options: SafeMeetingOptions = {}) {
	const now = Math.floor(Date.now() / 1000)
	const start = options.start ?? now + 3600
	const result = planMeeting(effectivePolicy(defaultPolicy(), ['hr']), {
		title: options.title ?? 'Board meeting',
		description: '',
		start,
		end: start + 3600,
		users: options.users ?? [],
		emails: [],
		guestLink: options.guests ?? true,
		password: PASSWORD,
		settings: options.settings ?? {},
	}, Math.min(now, start))
	if (!result.ok) {
		throw new Error('plan rejected: ' + JSON.stringify(result.violations))
	}
	const { participants, talk, ...rest } = result.plan
	const room = await api.talk('POST', '/room', {
		body: { ...talk, roomName: rest.title, password: PASSWORD, description: rest.description, participants, readOnly: 0, permissions: 0, mentionPermissions: 0 },
	})
	const token = room.data.token as string
	const plan = { ...rest, talk }
	if (options.register ?? true) {
		expect((await api.own('POST', '/meetings', { body: { token, plan, password: (options.guests ?? true) ? PASSWORD : '' } })).status).toBe(201)
	}
	return { token, plan }
}
