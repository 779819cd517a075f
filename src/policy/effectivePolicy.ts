/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SettingKey } from './settings.ts'
import type { EffectivePolicy, OrganisationPolicy, Rule, SettingRules } from './types.ts'

import { SETTING_KEYS } from './settings.ts'
import { stricter } from './threshold.ts'

/**
 * The organisation policy tightened by the rules of every group the user is in. Each part of a rule
 * combines on its own (strictest threshold, strictest default, locked if any rule locks), so the result
 * does not depend on the order of the rules and another group can never make it weaker.
 */
export function effectivePolicy(policy: OrganisationPolicy, userGroups: string[]): EffectivePolicy {
	const settings = structuredClone(policy.settings)
	const applying = policy.groupRules.filter((rule) => userGroups.includes(rule.group))
	for (const rule of applying) {
		for (const key of SETTING_KEYS) {
			const groupRule = rule.settings[key]
			if (groupRule !== undefined) {
				(settings as Record<SettingKey, Rule<SettingKey>>)[key] = combineRules(key, settings[key], groupRule)
			}
		}
	}
	const appliedGroups = applying
		.filter((rule) => SETTING_KEYS.some((key) => tightens(key, rule.settings[key], policy.settings[key])))
		.map((rule) => rule.group)
		.sort(compareCodeUnits)
	return { settings, privacyNotice: { ...policy.privacyNotice }, appliedGroups }
}

/** Two rules for one setting as one: each part at its strictest. */
export function combineRules<K extends SettingKey>(key: K, a: SettingRules[K], b: SettingRules[K]): SettingRules[K] {
	return {
		default: stricter(key, a.default as never, b.default as never),
		threshold: stricter(key, a.threshold as never, b.threshold as never),
		locked: a.locked || b.locked,
	} as SettingRules[K]
}

/** Whether a group's rule changes anything about the organisation's (valid group rules only tighten). */
function tightens<K extends SettingKey>(key: K, group: SettingRules[K] | undefined, org: SettingRules[K]): boolean {
	if (group === undefined) {
		return false
	}
	const combined = combineRules(key, org, group)
	return combined.default !== org.default || combined.threshold !== org.threshold || combined.locked !== org.locked
}

/** UTF-16 code-unit order, which the PHP twin reproduces exactly (localeCompare would depend on the locale). */
function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0
}
