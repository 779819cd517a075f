/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Properties of planning and registering: no plan a user can make or register is weaker than what the
 * organisation policy alone permits, whatever group rules apply.
 */
import type { MeetingPlan } from '../../../src/policy/plan.ts'
import type { SettingKey, SettingValues } from '../../../src/policy/settings.ts'
import type { OrganisationPolicy } from '../../../src/policy/types.ts'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { effectivePolicy } from '../../../src/policy/effectivePolicy.ts'
import { planMeeting } from '../../../src/policy/planMeeting.ts'
import { SETTING_KEYS, SETTINGS } from '../../../src/policy/settings.ts'
import { validatePlan } from '../../../src/policy/validatePlan.ts'
import { toRegisteredPlan } from '../../../src/services/createSafeMeeting.ts'
import { meetingChoicesFor, policyWithGroups, rank } from './arbitraries.ts'
import { NOW } from './builders.ts'
import { checkProperty, FIXED_SEED } from './property.ts'

const userGroups = fc.subarray(['g0', 'g1', 'g2'])

/** A policy with up to three group rules, a member's groups, and what that member enters in the wizard. */
const memberPlanning = policyWithGroups(3).chain((policy) => userGroups.chain((groups) => meetingChoicesFor(effectivePolicy(policy, groups).settings)
	.map((picks) => ({ policy, groups, picks }))))

/** The weakest value a setting knows: what a rule that permits everything has as its threshold. */
function weakest(key: SettingKey): string | number {
	const setting = SETTINGS[key]
	if (setting.kind === 'choice') {
		return setting.values[setting.values.length - 1]!
	}
	return setting.stricter === 'lower' ? setting.bounds.max : setting.bounds.min
}

/**
 * As memberPlanning, but planned in a page that shows some settings looser than the member's policy
 * (a stale page, or a hand-made request): the plans are mostly fine and sometimes weaker.
 */
const stalePlanning = policyWithGroups(3).chain((policy) => userGroups.chain((groups) => fc.subarray(SETTING_KEYS).chain((loosened) => {
	const shown = structuredClone(effectivePolicy(policy, groups))
	for (const key of loosened) {
		(shown.settings as Record<string, unknown>)[key] = { default: shown.settings[key].default, threshold: weakest(key), locked: false }
	}
	return meetingChoicesFor(shown.settings).map((picks) => ({ policy, groups, picks, made: planMeeting(shown, picks, NOW) }))
})))

/**
 * The settings of `values` that the organisation's rule or an applying group's rule does not permit
 * (none when all are permitted), asserted once per case.
 */
function outside(policy: OrganisationPolicy, groups: string[], values: SettingValues): string[] {
	const rules = [policy.settings, ...policy.groupRules.filter((rule) => groups.includes(rule.group)).map((rule) => rule.settings)]
	// No guests is stricter than any guest rule.
	return SETTING_KEYS.filter((key) => !(key === 'guestAccess' && values[key] === 'none')).filter((key) => rules.some((source) => {
		const rule = source[key]
		return rule !== undefined && (rank(key, values[key]) > rank(key, rule.threshold) || (rule.locked && rank(key, values[key]) > rank(key, rule.default)))
	}))
}

describe('planMeeting and validatePlan (properties)', () => {
	it('never plans a meeting weaker than the organisation policy alone or any applying group rule', () => {
		checkProperty(fc.property(memberPlanning, ({ policy, groups, picks }) => {
			const result = planMeeting(effectivePolicy(policy, groups), picks, NOW)
			if (!result.ok) {
				return
			}
			expect(outside(policy, groups, result.plan.settings)).toEqual([])
			expect(result.plan.talk.listable).toBe(0)
			expect(result.plan.talk.lobbyState).toBe(1)
			if (result.plan.talk.roomType === 3) {
				expect(picks.password.length).toBeGreaterThanOrEqual(result.plan.settings.passwordMinLength)
			}
		}), 500)
	})

	it('registers no plan weaker than the organisation policy alone, even one made under a weaker policy', () => {
		checkProperty(fc.property(stalePlanning, ({ policy, groups, picks, made }) => {
			if (!made.ok) {
				return
			}
			const violations = validatePlan(effectivePolicy(policy, groups), toRegisteredPlan(made.plan), NOW, picks.password)
			if (violations.length === 0) {
				expect(outside(policy, groups, made.plan.settings)).toEqual([])
			}
		}), 500)
	})

	it('produces only plans the server-side validation accepts', () => {
		checkProperty(fc.property(memberPlanning, ({ policy, groups, picks }) => {
			const effective = effectivePolicy(policy, groups)
			const result = planMeeting(effective, picks, NOW)
			if (result.ok) {
				expect(validatePlan(effective, toRegisteredPlan(result.plan), NOW, picks.password)).toEqual([])
			}
		}), 300)
	})

	it('is not vacuous: with the CI seed, many generated plans are accepted and many refused', () => {
		const planned = fc.sample(memberPlanning, { seed: FIXED_SEED, numRuns: 500 })
			.map(({ policy, groups, picks }) => planMeeting(effectivePolicy(policy, groups), picks, NOW).ok)
		expect(planned.filter((ok) => ok).length).toBeGreaterThan(100)
		expect(planned.filter((ok) => !ok).length).toBeGreaterThan(100)
		const registered = fc.sample(stalePlanning, { seed: FIXED_SEED, numRuns: 500 })
			.filter(({ made }) => made.ok)
			.map(({ policy, groups, picks, made }) => validatePlan(effectivePolicy(policy, groups), toRegisteredPlan((made as { plan: MeetingPlan }).plan), NOW, picks.password).length === 0)
		expect(registered.filter((ok) => ok).length).toBeGreaterThan(50)
		expect(registered.filter((ok) => !ok).length).toBeGreaterThan(50)
	})
})
