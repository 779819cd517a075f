/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SettingKey, SettingValues } from './settings.ts'
import type { SettingRules, Violation } from './types.ts'

import { SETTINGS } from './settings.ts'
import { permitted } from './threshold.ts'

/** A violation before it is given its field. */
export type Problem = Omit<Violation, 'field'>

/**
 * Whether `value` is a whole number from `min` to `max`. Range problems always carry the bounds, so
 * every message can say what to enter. Null and NaN are what an empty number field gives.
 */
export function checkWholeNumber(value: unknown, min: number, max: number): Problem | null {
	const params = { min, max }
	if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
		return { code: 'empty', params }
	}
	if (typeof value !== 'number') {
		return { code: 'wrong-type', params }
	}
	if (!(value >= min && value <= max)) {
		return { code: 'out-of-range', params }
	}
	return Number.isInteger(value) ? null : { code: 'not-whole', params }
}

/**
 * Whether `value` is acceptable for `key` under `rules`; the problem, or null when it is.
 * Locked means "exactly the default"; otherwise any value at least as strict as the threshold.
 */
export function checkValue<K extends SettingKey>(rules: SettingRules, key: K, value: unknown): Problem | null {
	const setting = SETTINGS[key]
	const rule = rules[key]
	const allowed = permitted(key, rule)
	if (setting.kind === 'choice') {
		if (!(setting.values as readonly unknown[]).includes(value)) {
			return { code: 'invalid' }
		}
		if (rule.locked && value !== rule.default) {
			return { code: 'locked', params: { value: rule.default } }
		}
		return allowed.kind === 'choice' && allowed.values.includes(value as SettingValues[K]) ? null : { code: 'not-allowed', params: { limit: rule.threshold } }
	}
	if (allowed.kind !== 'range') {
		return { code: 'invalid' }
	}
	const problem = checkWholeNumber(value, allowed.min, allowed.max)
	if (problem !== null && rule.locked && problem.code === 'out-of-range') {
		return { code: 'locked', params: { value: rule.default } }
	}
	return problem
}
