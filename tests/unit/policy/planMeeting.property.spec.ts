import type { SettingKey } from '../../../src/policy/settings.ts'
import type { ChoiceRule, OrganisationPolicy, RangeRule } from '../../../src/policy/types.ts'

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
import { validatePolicy } from '../../../src/policy/validatePolicy.ts'
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

	it('keeps every valid group-tightened policy at least as strict as the organisation policy, setting by setting', () => {
		fc.assert(fc.property(orgPolicy, orgPolicy, orgPolicy, fc.subarray(['g1', 'g2']), (generated, first, second, groups) => {
			// Copies, so a reported counterexample shows the input and not what dropLoosening left of it.
			const org = structuredClone(generated)
			org.groupRules = [{ group: 'g1', settings: structuredClone(first.settings) }, { group: 'g2', settings: structuredClone(second.settings) }]
			dropLoosening(org)
			const after = effectivePolicy(org, groups).settings
			// At least as strict as the organisation's rule and as every applying group's rule.
			const sources = [org.settings, ...org.groupRules.filter((r) => groups.includes(r.group)).map((r) => r.settings)]
			for (const key of SETTING_KEYS) {
				const setting = SETTINGS[key]
				const rank = (value: unknown) => strictnessRank(key, value as never)
				for (const source of sources) {
					const before = source[key]
					if (before === undefined) {
						continue
					}
					if (before.locked) {
						expect(after[key].locked).toBe(true)
					}
					// A group's own default may be out of another group's range; the organisation's never is.
					if (source === org.settings) {
						expect(rank(after[key].default)).toBeLessThanOrEqual(rank(before.default))
					}
					if (setting.kind === 'choice') {
						const weakestBefore = Math.max(...(before as ChoiceRule<string | number>).allowed.map(rank))
						for (const value of (after[key] as ChoiceRule<string | number>).allowed) {
							expect(rank(value)).toBeLessThanOrEqual(weakestBefore)
						}
					} else if (setting.stricter === 'lower') {
						expect((after[key] as RangeRule).max).toBeLessThanOrEqual((before as RangeRule).max)
					} else {
						expect((after[key] as RangeRule).min).toBeGreaterThanOrEqual((before as RangeRule).min)
					}
				}
				if (setting.kind === 'choice') {
					expect((after[key] as ChoiceRule<string | number>).allowed).toContain(after[key].default)
				} else {
					const a = after[key] as RangeRule
					expect(a.default).toBeGreaterThanOrEqual(a.min)
					expect(a.default).toBeLessThanOrEqual(a.max)
				}
			}
		}), { numRuns: 300 })
	})

	it('never accepts a plan weaker than the organisation policy for members of rule groups', () => {
		fc.assert(fc.property(orgPolicy, orgPolicy, meetingChoices, (generated, group, picks) => {
			const org = structuredClone(generated)
			org.groupRules = [{ group: 'g', settings: structuredClone(group.settings) }]
			dropLoosening(org)
			const result = planMeeting(effectivePolicy(org, ['g']), picks, NOW)
			if (!result.ok) {
				return
			}
			for (const key of SETTING_KEYS) {
				const value = result.plan.settings[key]
				const rule = org.settings[key]
				if (key === 'guestAccess' && value === 'none') {
					continue
				}
				if (SETTINGS[key].kind === 'choice') {
					const weakest = Math.max(...(rule as ChoiceRule<string | number>).allowed.map((v) => strictnessRank(key, v as never)))
					expect(strictnessRank(key, value as never)).toBeLessThanOrEqual(weakest)
				} else {
					const { min, max } = rule as RangeRule
					const number = value as number
					expect(SETTINGS[key].stricter === 'lower' ? number <= max : number >= min).toBe(true)
				}
			}
		}), { numRuns: 300 })
	})
})

/** Admins cannot store a group rule that loosens (validatePolicy refuses it): keep only the valid parts. */
function dropLoosening(policy: OrganisationPolicy): void {
	const result = validatePolicy(policy)
	if (result.ok) {
		return
	}
	for (const violation of result.violations) {
		const match = /^groupRules\.(\d+)\.settings\.(\w+)/.exec(violation.field)
		if (match !== null) {
			delete policy.groupRules[Number(match[1])]!.settings[match[2] as SettingKey]
		}
	}
	expect(validatePolicy(policy).ok).toBe(true)
}
