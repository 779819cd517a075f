import type { SettingKey } from './settings.ts'
import type { ChoiceRule, EffectivePolicy, OrganisationPolicy, RangeRule, SettingRules } from './types.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { strictnessRank } from './checkValue.ts'
import { SETTING_KEYS, SETTINGS } from './settings.ts'

/**
 * The organisation policy tightened, per setting, by the rules of every group the user is in.
 */
export function effectivePolicy(policy: OrganisationPolicy, userGroups: string[]): EffectivePolicy {
	const settings = structuredClone(policy.settings)
	const appliedGroups: string[] = []
	for (const rule of policy.groupRules) {
		if (!userGroups.includes(rule.group)) {
			continue
		}
		let changed = false
		for (const key of SETTING_KEYS) {
			const groupRule = rule.settings[key]
			if (groupRule === undefined) {
				continue
			}
			const before = JSON.stringify(settings[key])
			tighten(settings, key, groupRule)
			changed ||= JSON.stringify(settings[key]) !== before
		}
		if (changed) {
			appliedGroups.push(rule.group)
		}
	}
	return { settings, privacyNotice: { ...policy.privacyNotice }, appliedGroups }
}

function tighten<K extends SettingKey>(settings: SettingRules, key: K, other: SettingRules[K]): void {
	const stricter = <V>(a: V, b: V): V => (strictnessRank(key, a as never) <= strictnessRank(key, b as never) ? a : b)
	if (SETTINGS[key].kind === 'choice') {
		const current = settings[key] as ChoiceRule<string | number>
		const next = other as ChoiceRule<string | number>
		let allowed = current.allowed.filter((value) => next.allowed.includes(value))
		if (allowed.length === 0) {
			// Disjoint rules: only the strictest value either side offers satisfies both.
			allowed = [[...current.allowed, ...next.allowed].reduce(stricter)]
		}
		allowed = sortByStrictness(key, allowed)
		const wanted = stricter(current.default, next.default)
		// The stricter default, or the strictest value still allowed when the stricter default is not.
		current.default = allowed.includes(wanted) ? wanted : allowed[0]!
		current.allowed = allowed
		current.locked ||= next.locked
		return
	}
	const current = settings[key] as RangeRule
	const next = other as RangeRule
	let min = Math.max(current.min, next.min)
	let max = Math.min(current.max, next.max)
	if (min > max) {
		const strictEnd = SETTINGS[key].kind === 'range' && SETTINGS[key].stricter === 'lower' ? max : min
		min = strictEnd
		max = strictEnd
	}
	current.min = min
	current.max = max
	current.default = Math.min(max, Math.max(min, stricter(current.default, next.default)))
	current.locked ||= next.locked
}

export function sortByStrictness<K extends SettingKey, V>(key: K, values: V[]): V[] {
	return [...values].sort((a, b) => strictnessRank(key, a as never) - strictnessRank(key, b as never))
}
