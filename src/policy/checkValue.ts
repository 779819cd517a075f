/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SettingKey, SettingValues } from './settings.ts'
import type { ChoiceRule, RangeRule, SettingRules, ViolationCode } from './types.ts'

import { SETTINGS } from './settings.ts'

/**
 * Whether `value` is acceptable for `key` under `rules`; returns the violation code or null.
 * Locked means "exactly the default"; otherwise any allowed value (choices) or any value in range.
 */
export function checkValue<K extends SettingKey>(rules: SettingRules, key: K, value: unknown): ViolationCode | null {
	const setting = SETTINGS[key]
	if (setting.kind === 'choice') {
		const rule = rules[key] as ChoiceRule<unknown>
		if (!(setting.values as readonly unknown[]).includes(value)) {
			return 'invalid'
		}
		if (rule.locked && value !== rule.default) {
			return 'locked'
		}
		return rule.allowed.includes(value) ? null : 'not-allowed'
	}
	const rule = rules[key] as RangeRule
	if (typeof value !== 'number' || !Number.isInteger(value)) {
		return 'wrong-type'
	}
	if (rule.locked && value !== rule.default) {
		return 'locked'
	}
	return value >= rule.min && value <= rule.max ? null : 'out-of-range'
}

/**
 * Index of a value in its setting's strictness order: lower is stricter.
 */
export function strictnessRank<K extends SettingKey>(key: K, value: SettingValues[K]): number {
	const setting = SETTINGS[key]
	if (setting.kind === 'choice') {
		return (setting.values as readonly unknown[]).indexOf(value)
	}
	return setting.stricter === 'lower' ? (value as number) : -(value as number)
}
