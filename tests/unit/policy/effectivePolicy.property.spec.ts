/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Properties of combining rules: whatever groups a user is in and however the rules are ordered or
 * grouped, the result is never weaker than any rule that applies.
 */
import type { SettingKey } from '../../../src/policy/settings.ts'
import type { OrganisationPolicy, SettingRules } from '../../../src/policy/types.ts'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { combineRules, effectivePolicy } from '../../../src/policy/effectivePolicy.ts'
import { SETTING_KEYS } from '../../../src/policy/settings.ts'
import { validatePolicy } from '../../../src/policy/validatePolicy.ts'
import { policyWithGroups, rank, tighteningRule } from './arbitraries.ts'
import { checkProperty } from './property.ts'

const GROUPS = ['g0', 'g1', 'g2']
const userGroups = fc.subarray(GROUPS)

/** Every rule that applies to a member of `groups`: the organisation's and their groups'. */
function applyingRules(policy: OrganisationPolicy, groups: string[], key: SettingKey) {
	return [policy.settings[key], ...policy.groupRules.filter((rule) => groups.includes(rule.group)).map((rule) => rule.settings[key])]
		.filter((rule) => rule !== undefined)
}

/**
 * The parts in which `a` is weaker than `b` (none when it is at least as strict in every part). Collected
 * and asserted once per case: one expect() per comparison would make 100 000 cases crawl.
 */
function weakerParts(key: SettingKey, a: SettingRules[SettingKey], b: SettingRules[SettingKey]): string[] {
	const parts: string[] = []
	if (rank(key, a.threshold) > rank(key, b.threshold)) {
		parts.push(`${key}.threshold ${String(a.threshold)} weaker than ${String(b.threshold)}`)
	}
	if (rank(key, a.default) > rank(key, b.default)) {
		parts.push(`${key}.default ${String(a.default)} weaker than ${String(b.default)}`)
	}
	if (b.locked && !a.locked) {
		parts.push(`${key} lost its lock`)
	}
	return parts
}

describe('effectivePolicy (properties)', () => {
	it('is never weaker than any applying rule: threshold, default and lock', () => {
		checkProperty(fc.property(policyWithGroups(3), userGroups, (policy, groups) => {
			const effective = effectivePolicy(policy, groups).settings
			expect(SETTING_KEYS.flatMap((key) => applyingRules(policy, groups, key).flatMap((rule) => weakerParts(key, effective[key], rule)))).toEqual([])
		}), 300)
	})

	it('gives an effective default never weaker than any applying rule\'s default, and never weaker than its own threshold', () => {
		checkProperty(fc.property(policyWithGroups(3), userGroups, (policy, groups) => {
			const effective = effectivePolicy(policy, groups).settings
			const wrong = SETTING_KEYS.filter((key) => {
				const strictest = Math.min(...applyingRules(policy, groups, key).map((rule) => rank(key, rule.default)))
				return rank(key, effective[key].default) !== strictest || rank(key, effective[key].default) > rank(key, effective[key].threshold)
			})
			expect(wrong).toEqual([])
		}), 300)
	})

	it('is itself a valid policy a user can be given', () => {
		checkProperty(fc.property(policyWithGroups(3), userGroups, (policy, groups) => {
			const effective = effectivePolicy(policy, groups)
			expect(validatePolicy({ settings: effective.settings, privacyNotice: effective.privacyNotice, groupRules: [] }).ok).toBe(true)
		}), 200)
	})

	it('never weakens anything when a group is added, for members of it or not', () => {
		const withExtra = policyWithGroups(2).chain((policy) => tighteningRule('extra', policy.settings).map((extra) => ({ policy, extra })))
		checkProperty(fc.property(withExtra, fc.subarray(['g0', 'g1']), fc.boolean(), ({ policy, extra }, groups, member) => {
			const before = effectivePolicy(policy, groups).settings
			const after = effectivePolicy({ ...policy, groupRules: [...policy.groupRules, extra] }, member ? [...groups, 'extra'] : groups).settings
			expect(SETTING_KEYS.flatMap((key) => weakerParts(key, after[key], before[key]))).toEqual([])
		}), 300)
	})

	it('does not depend on the order of the rules or of the user\'s groups', () => {
		checkProperty(fc.property(policyWithGroups(3), userGroups, fc.func(fc.integer()), (policy, groups, order) => {
			const shuffled = [...policy.groupRules].sort((a, b) => order(a.group) - order(b.group) || a.group.localeCompare(b.group))
			const reordered = effectivePolicy({ ...policy, groupRules: shuffled }, [...groups].reverse())
			expect(reordered).toEqual(effectivePolicy(policy, groups))
		}), 300)
	})

	it('does not depend on how rules are grouped: two groups give what one group with both rules gives', () => {
		checkProperty(fc.property(policyWithGroups(2), (policy) => {
			const [first, second] = policy.groupRules as [OrganisationPolicy['groupRules'][0], OrganisationPolicy['groupRules'][0]]
			const merged = { ...first.settings }
			for (const key of SETTING_KEYS) {
				const other = second.settings[key]
				if (other !== undefined) {
					(merged as Record<string, unknown>)[key] = merged[key] === undefined ? other : combineRules(key, merged[key] as never, other as never)
				}
			}
			const separate = effectivePolicy(policy, ['g0', 'g1']).settings
			const together = effectivePolicy({ ...policy, groupRules: [{ group: 'both', settings: merged }] }, ['both']).settings
			expect(together).toEqual(separate)
		}), 300)
	})
})
