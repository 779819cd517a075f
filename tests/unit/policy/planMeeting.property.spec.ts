/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Properties of planning and registering: no plan a user can make or register is weaker than what the
 * organisation policy alone permits, whatever group rules apply.
 */
import type { SettingValues } from '../../../src/policy/settings.ts'
import type { OrganisationPolicy } from '../../../src/policy/types.ts'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { effectivePolicy } from '../../../src/policy/effectivePolicy.ts'
import { planMeeting } from '../../../src/policy/planMeeting.ts'
import { SETTING_KEYS } from '../../../src/policy/settings.ts'
import { validatePlan } from '../../../src/policy/validatePlan.ts'
import { toRegisteredPlan } from '../../../src/services/createSafeMeeting.ts'
import { meetingChoices, orgPolicy, policyWithGroups, rank } from './arbitraries.ts'
import { NOW } from './builders.ts'
import { checkProperty } from './property.ts'

const userGroups = fc.subarray(['g0', 'g1', 'g2'])

/** Every setting of `values` is permitted by `rule` of the organisation and of each applying group. */
function expectWithin(policy: OrganisationPolicy, groups: string[], values: SettingValues): void {
	const rules = [policy.settings, ...policy.groupRules.filter((rule) => groups.includes(rule.group)).map((rule) => rule.settings)]
	for (const key of SETTING_KEYS) {
		// No guests is stricter than any guest rule.
		if (key === 'guestAccess' && values[key] === 'none') {
			continue
		}
		for (const source of rules) {
			const rule = source[key]
			if (rule === undefined) {
				continue
			}
			expect(rank(key, values[key])).toBeLessThanOrEqual(rank(key, rule.threshold))
			if (rule.locked) {
				expect(rank(key, values[key])).toBeLessThanOrEqual(rank(key, rule.default))
			}
		}
	}
}

describe('planMeeting and validatePlan (properties)', () => {
	it('never plans a meeting weaker than the organisation policy alone or any applying group rule', () => {
		checkProperty(fc.property(policyWithGroups(3), userGroups, meetingChoices, (policy, groups, picks) => {
			const result = planMeeting(effectivePolicy(policy, groups), picks, NOW)
			if (!result.ok) {
				return
			}
			expectWithin(policy, groups, result.plan.settings)
			expect(result.plan.talk.listable).toBe(0)
			expect(result.plan.talk.lobbyState).toBe(1)
			if (result.plan.talk.roomType === 3) {
				expect(picks.password.length).toBeGreaterThanOrEqual(result.plan.settings.passwordMinLength)
			}
		}), 500)
	})

	it('registers no plan weaker than the organisation policy alone, even one made under a weaker policy', () => {
		// Plans made under any organisation policy (as a stale or hostile page would send them), checked
		// against the user's real policy with group rules.
		checkProperty(fc.property(orgPolicy, policyWithGroups(3), userGroups, meetingChoices, (other, policy, groups, picks) => {
			const made = planMeeting(effectivePolicy({ ...other, privacyNotice: policy.privacyNotice }, []), picks, NOW)
			if (!made.ok) {
				return
			}
			const violations = validatePlan(effectivePolicy(policy, groups), toRegisteredPlan(made.plan), NOW, picks.password)
			if (violations.length === 0) {
				expectWithin(policy, groups, made.plan.settings)
			}
		}), 500)
	})

	it('produces only plans the server-side validation accepts', () => {
		checkProperty(fc.property(policyWithGroups(2), fc.subarray(['g0', 'g1']), meetingChoices, (policy, groups, picks) => {
			const effective = effectivePolicy(policy, groups)
			const result = planMeeting(effective, picks, NOW)
			if (result.ok) {
				expect(validatePlan(effective, toRegisteredPlan(result.plan), NOW, picks.password)).toEqual([])
			}
		}), 300)
	})
})
