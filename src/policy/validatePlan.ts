/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Re-validates a plan as submitted for registration (the server side of planMeeting): the plan must
 * be exactly what planMeeting would produce under the caller's effective policy, now. Twin: lib/Policy/PlanValidator.php.
 */
import type { MeetingPlan } from './plan.ts'
import type { EffectivePolicy, Violation } from './types.ts'

import { checkValue } from './checkValue.ts'
import { carriesNotice, composeDescription, DESCRIPTION_MAX_LENGTH } from './description.ts'
import { checkTimes, talkSettings, TITLE_MAX_LENGTH } from './planMeeting.ts'
import { SETTING_KEYS } from './settings.ts'

export type RegisteredPlan = Omit<MeetingPlan, 'participants'>

/**
 * `password` is the guest password the room was created with ('' for none): Talk keeps only its hash,
 * so its length can be checked only while the creator still sends it (never stored).
 */
export function validatePlan(policy: EffectivePolicy, plan: RegisteredPlan, now: number, password: string): Violation[] {
	const violations: Violation[] = []
	const title = plan.title.trim()
	if (title === '') {
		violations.push({ field: 'title', code: 'required' })
	} else if (title.length > TITLE_MAX_LENGTH) {
		violations.push({ field: 'title', code: 'too-long', params: { max: TITLE_MAX_LENGTH } })
	}
	if (plan.description.length > DESCRIPTION_MAX_LENGTH) {
		violations.push({ field: 'description', code: 'too-long', params: { max: DESCRIPTION_MAX_LENGTH } })
	}
	violations.push(...checkTimes(plan.start, plan.end, now))
	for (const key of SETTING_KEYS) {
		const value = plan.settings[key]
		// No guests is always allowed, whatever the guest rule says.
		if (key === 'guestAccess' && value === 'none') {
			continue
		}
		const problem = checkValue(policy.settings, key, value)
		if (problem !== null) {
			violations.push(key === 'guestAccess' ? { field: key, code: 'guests-not-allowed' } : { field: key, ...problem })
		}
	}
	if (plan.settings.guestAccess === 'password' && password.length < plan.settings.passwordMinLength) {
		violations.push({ field: 'password', code: 'too-short', params: { min: plan.settings.passwordMinLength } })
	}
	if (JSON.stringify(plan.privacyNotice) !== JSON.stringify(policy.privacyNotice)
		|| !carriesNotice(plan.description, policy.privacyNotice)
		|| !plan.description.endsWith(composeDescription('', policy.privacyNotice))) {
		violations.push({ field: 'privacyNotice', code: 'invalid' })
	}
	const expected = talkSettings(plan.settings, plan.start)
	for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
		if (plan.talk[key] !== expected[key]) {
			violations.push({ field: `talk.${key}`, code: 'invalid' })
		}
	}
	return violations
}
