/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The threshold model (design.md §5): every setting's values are ordered from strict to weak, a rule's
 * threshold is the weakest value it still permits, and everything stricter is permitted too.
 * Twin: the strictness helpers of lib/Policy/Settings.php.
 */
import type { SettingKey, SettingValues } from './settings.ts'
import type { Rule } from './types.ts'

import { SETTINGS } from './settings.ts'

/** What a rule lets a user pick: a list of choices (strictest first) or an inclusive range. */
export type Permitted<V> = { kind: 'choice', values: V[] } | { kind: 'range', min: number, max: number }

/**
 * Position of a value in its setting's strictness order: lower is stricter.
 */
export function strictnessRank<K extends SettingKey>(key: K, value: SettingValues[K]): number {
	const setting = SETTINGS[key]
	if (setting.kind === 'choice') {
		return (setting.values as readonly unknown[]).indexOf(value)
	}
	return setting.stricter === 'lower' ? (value as number) : -(value as number)
}

/** Whether `value` is as strict as `than` or stricter. */
export function atLeastAsStrict<K extends SettingKey>(key: K, value: SettingValues[K], than: SettingValues[K]): boolean {
	return strictnessRank(key, value) <= strictnessRank(key, than)
}

/** The stricter of two values. */
export function stricter<K extends SettingKey>(key: K, a: SettingValues[K], b: SettingValues[K]): SettingValues[K] {
	return atLeastAsStrict(key, a, b) ? a : b
}

/**
 * Every value at least as strict as `threshold`: for choices the catalogue's values up to it, for
 * ranges the span from the threshold to the catalogue's bound on the strict side.
 */
export function upTo<K extends SettingKey>(key: K, threshold: SettingValues[K]): Permitted<SettingValues[K]> {
	const setting = SETTINGS[key]
	if (setting.kind === 'choice') {
		const values = setting.values as readonly SettingValues[K][]
		return { kind: 'choice', values: values.filter((value) => atLeastAsStrict(key, value, threshold)) }
	}
	const bound = threshold as number
	return setting.stricter === 'lower'
		? { kind: 'range', min: setting.bounds.min, max: bound }
		: { kind: 'range', min: bound, max: setting.bounds.max }
}

/**
 * What a user may pick under `rule`: everything up to the threshold, or only the default when locked.
 * The wizard, the admin preview and every validator ask this, so they cannot disagree.
 */
export function permitted<K extends SettingKey>(key: K, rule: Rule<K>): Permitted<SettingValues[K]> {
	if (!rule.locked) {
		return upTo(key, rule.threshold as SettingValues[K])
	}
	const value = rule.default as SettingValues[K]
	return SETTINGS[key].kind === 'choice' ? { kind: 'choice', values: [value] } : { kind: 'range', min: value as number, max: value as number }
}
