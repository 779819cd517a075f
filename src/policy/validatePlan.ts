/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Re-validates a plan as submitted for registration (the server side of planMeeting): the plan must
 * be exactly what planMeeting would produce under the caller's effective policy. Twin: lib/Policy/PlanValidator.php.
 */
import type { MeetingPlan } from './plan.ts'
import type { EffectivePolicy, Violation } from './types.ts'

import { checkValue } from './checkValue.ts'
import { carriesNotice, composeDescription, DESCRIPTION_MAX_LENGTH } from './description.ts'
import { talkSettings, TITLE_MAX_LENGTH } from './planMeeting.ts'
import { SETTING_KEYS } from './settings.ts'

export type RegisteredPlan = Omit<MeetingPlan, 'participants'>

export function validatePlan(policy: EffectivePolicy, plan: RegisteredPlan): Violation[] {
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
	if (plan.end <= plan.start) {
		violations.push({ field: 'end', code: 'end-before-start' })
	}
	for (const key of SETTING_KEYS) {
		const value = plan.settings[key]
		// No guests is always allowed, whatever the guest rule says.
		if (key === 'guestAccess' && value === 'none') {
			continue
		}
		const code = checkValue(policy.settings, key, value)
		if (code !== null) {
			violations.push(key === 'guestAccess' ? { field: key, code: 'guests-not-allowed' } : { field: key, code })
		}
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
