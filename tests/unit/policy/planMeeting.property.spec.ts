import type { ChoiceRule, RangeRule } from '../../../src/policy/types.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { strictnessRank } from '../../../src/policy/checkValue.ts'
import { effectivePolicy } from '../../../src/policy/effectivePolicy.ts'
import { planMeeting } from '../../../src/policy/planMeeting.ts'
import { SETTING_KEYS, SETTINGS } from '../../../src/policy/settings.ts'
import { validatePlan } from '../../../src/policy/validatePlan.ts'
import { toRegisteredPlan } from '../../../src/services/createSafeMeeting.ts'
import { meetingChoices, orgPolicy } from './arbitraries.ts'
import { NOW } from './builders.ts'

describe('planMeeting (properties)', () => {
	it('never accepts a plan weaker than the policy', () => {
		fc.assert(fc.property(orgPolicy, meetingChoices, (org, picks) => {
			const policy = effectivePolicy(org, [])
			const result = planMeeting(policy, picks, NOW)
			if (!result.ok) { return }
			for (const key of SETTING_KEYS) {
				const value = result.plan.settings[key]
				const rule = policy.settings[key]
				if (key === 'guestAccess' && value === 'none') { continue }
				if (rule.locked) { expect(value).toBe(rule.default) }
				if (SETTINGS[key].kind === 'choice') {
					const allowed = (rule as ChoiceRule<string | number>).allowed
					expect(allowed).toContain(value)
					const weakest = Math.max(...allowed.map((v) => strictnessRank(key, v as never)))
					expect(strictnessRank(key, value as never)).toBeLessThanOrEqual(weakest)
				} else {
					const { min, max } = rule as RangeRule
					expect(value).toBeGreaterThanOrEqual(min)
					expect(value).toBeLessThanOrEqual(max)
				}
			}
			expect(result.plan.talk.listable).toBe(0)
			expect(result.plan.talk.lobbyState).toBe(1)
			if (result.plan.talk.roomType === 3) {
				expect(picks.password.length).toBeGreaterThanOrEqual(result.plan.settings.passwordMinLength)
			}
		}), { numRuns: 500 })
	})

	it('produces only plans the server-side validation accepts', () => {
		fc.assert(fc.property(orgPolicy, meetingChoices, (org, picks) => {
			const policy = effectivePolicy(org, [])
			const result = planMeeting(policy, picks, NOW)
			if (result.ok) {
				expect(validatePlan(policy, toRegisteredPlan(result.plan))).toEqual([])
			}
		}), { numRuns: 300 })
	})

	it('keeps every group-tightened policy at least as strict as the organisation policy', () => {
		fc.assert(fc.property(orgPolicy, orgPolicy, (org, group) => {
			org.groupRules = [{ group: 'g', settings: group.settings }]
			const plain = effectivePolicy(org, []).settings
			const tightened = effectivePolicy(org, ['g']).settings
			for (const key of SETTING_KEYS) {
				if (plain[key].locked) { expect(tightened[key].locked).toBe(true) }
				if (SETTINGS[key].kind === 'choice') {
					const before = plain[key] as ChoiceRule<string | number>
					const after = tightened[key] as ChoiceRule<string | number>
					const weakestBefore = Math.max(...before.allowed.map((v) => strictnessRank(key, v as never)))
					for (const value of after.allowed) {
						expect(strictnessRank(key, value as never)).toBeLessThanOrEqual(weakestBefore)
					}
					expect(after.allowed).toContain(after.default)
				} else {
					const after = tightened[key] as RangeRule
					expect(after.default).toBeGreaterThanOrEqual(after.min)
					expect(after.default).toBeLessThanOrEqual(after.max)
				}
			}
		}), { numRuns: 300 })
	})
})
