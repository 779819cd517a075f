/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Properties of reading policies stored before thresholds: the result is valid, and no member, in any
 * groups, may pick a value that an old rule left out although it is weaker than a value that rule allowed.
 */
import type { SettingKey } from '../../../src/policy/settings.ts'
import type { OrganisationPolicy } from '../../../src/policy/types.ts'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { effectivePolicy } from '../../../src/policy/effectivePolicy.ts'
import { migratePolicy } from '../../../src/policy/migratePolicy.ts'
import { SETTING_KEYS, SETTINGS } from '../../../src/policy/settings.ts'
import { permitted } from '../../../src/policy/threshold.ts'
import { validatePolicy } from '../../../src/policy/validatePolicy.ts'
import { rank } from './arbitraries.ts'
import { checkProperty } from './property.ts'

/** A rule as stored before thresholds: an allowed list, or a min/max range. */
type OldRule = { default: string | number, allowed: (string | number)[], locked: boolean } | { default: number, min: number, max: number, locked: boolean }

/** A valid old rule; inside `org` (a subset, or a narrower range, default no weaker, lock kept) for group rules. */
function oldRule(key: SettingKey, org?: OldRule): fc.Arbitrary<OldRule> {
	const setting = SETTINGS[key]
	if (setting.kind === 'choice') {
		const pool = org !== undefined && 'allowed' in org ? org.allowed : [...setting.values] as (string | number)[]
		return fc.subarray(pool, { minLength: 1 }).chain((allowed) => {
			const defaults = org === undefined ? allowed : allowed.filter((value) => rank(key, value) <= rank(key, org.default))
			return defaults.length === 0
				? fc.constant(null)
				: fc.record({ default: fc.constantFrom(...defaults), allowed: fc.constant(allowed), locked: org?.locked ? fc.constant(true) : fc.boolean() })
		}).filter((rule) => rule !== null) as fc.Arbitrary<OldRule>
	}
	const bounds = org !== undefined && 'min' in org ? { min: org.min, max: org.max } : setting.bounds
	return fc.tuple(fc.integer(bounds), fc.integer(bounds), fc.integer(bounds), fc.boolean()).map(([a, b, c, locked]) => {
		const [min, value, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number]
		return { default: value, min, max, locked: org?.locked === true || locked }
	}).filter((rule) => org === undefined || rank(key, rule.default) <= rank(key, org.default))
}

const oldPolicy = fc.record(Object.fromEntries(SETTING_KEYS.map((key) => [key, oldRule(key)])) as Record<SettingKey, fc.Arbitrary<OldRule>>)
	.chain((settings) => fc.tuple(...['g0', 'g1', 'g2'].map((group) => fc.subarray(SETTING_KEYS).chain((keys) => fc.record(Object.fromEntries(keys.map((key) => [key, oldRule(key, settings[key])])))).map((rules) => ({ group, settings: rules })))).map((groupRules) => ({
		settings,
		privacyNotice: { text: 'Notice', url: '', version: '1' },
		groupRules,
	})))

/** Whether the old rule would have let `value` through, or `value` is stricter than all it allowed. */
function oldRuleAccepts(key: SettingKey, rule: OldRule, value: string | number): boolean {
	if ('allowed' in rule) {
		return rule.allowed.includes(value) || rule.allowed.every((allowed) => rank(key, value) < rank(key, allowed))
	}
	return SETTINGS[key].kind === 'range' && SETTINGS[key].stricter === 'lower' ? (value as number) <= rule.max : (value as number) >= rule.min
}

describe('migratePolicy (properties)', () => {
	it('reads every valid old policy into a valid one', () => {
		checkProperty(fc.property(oldPolicy, (stored) => {
			expect(validatePolicy(migratePolicy(stored).policy).ok).toBe(true)
		}), 300)
	})

	it('gives no member in any groups a value an applying old rule left out as too weak', () => {
		checkProperty(fc.property(oldPolicy, fc.subarray(['g0', 'g1', 'g2']), (stored, groups) => {
			const effective = effectivePolicy(migratePolicy(stored).policy as OrganisationPolicy, groups).settings
			const oldRules = (key: SettingKey) => [stored.settings[key], ...stored.groupRules.filter((r) => groups.includes(r.group)).map((r) => (r.settings as Record<string, OldRule>)[key])]
				.filter((rule): rule is OldRule => rule !== undefined)
			const problems = SETTING_KEYS.flatMap((key) => {
				const span = permitted(key, effective[key] as never)
				const values = span.kind === 'choice' ? span.values as (string | number)[] : [span.min, span.max]
				return oldRules(key).flatMap((rule) => [
					...values.filter((value) => !oldRuleAccepts(key, rule, value)).map((value) => `${key} permits ${String(value)}`),
					// The default is never weaker than before, and a lock is never lost.
					...(rank(key, effective[key].default) > rank(key, rule.default) ? [`${key} default weaker`] : []),
					...(rule.locked && !effective[key].locked ? [`${key} lost its lock`] : []),
				])
			})
			expect(problems).toEqual([])
		}), 300)
	})
})
