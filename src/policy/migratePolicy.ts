/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Reads a stored policy written before thresholds existed: rules with an `allowed` list (choices) or
 * `min`/`max` (ranges) become `{ default, threshold, locked }`. Twin: lib/Policy/PolicyMigration.php;
 * both run tests/fixtures/policy/migrations.json. The result still goes through validatePolicy.
 *
 * A list becomes the threshold of its weakest value only when it held every stricter value too.
 * A list with a gap ([1 hour, never]) is read strictly: up to the end of the unbroken run that starts
 * at its strictest value, so no member gains a value weaker than one the list left out, whatever
 * groups they are in. A range keeps its bound on the weak side; values beyond its strict side were
 * stricter still and are now permitted.
 */
import type { SettingKey } from './settings.ts'
import type { SettingRules } from './types.ts'

import { defaultPolicy } from './defaultPolicy.ts'
import { SETTING_KEYS, SETTINGS } from './settings.ts'
import { atLeastAsStrict, stricter } from './threshold.ts'

export interface MigrationChange {
	/** '' for the organisation's rule, else the group whose rule it is. */
	group: string
	setting: SettingKey
	before: Record<string, unknown>
	after: Record<string, unknown>
	/** Members lose a value they could pick before: the old list had a gap, or a locked default had to become stricter. */
	narrowed: boolean
}

export interface Migration {
	policy: unknown
	changes: MigrationChange[]
}

type Rec = Record<string, unknown>
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v)

export function migratePolicy(stored: unknown): Migration {
	if (!isRecord(stored) || !isRecord(stored.settings)) {
		return { policy: stored, changes: [] }
	}
	const policy = structuredClone(stored)
	const settings = policy.settings as Rec
	const changes: MigrationChange[] = []
	const builtIn = defaultPolicy().settings
	for (const key of SETTING_KEYS) {
		if (!(key in settings)) {
			// Settings added since the policy was stored start with the built-in rule (the config lexicon's default on the server).
			settings[key] = builtIn[key]
			continue
		}
		const migrated = migrateRule(key, settings[key])
		if (migrated !== null) {
			changes.push({ group: '', setting: key, before: settings[key] as Rec, after: migrated.rule, narrowed: migrated.narrowed })
			settings[key] = migrated.rule
		}
	}
	if (Array.isArray(policy.groupRules)) {
		for (const rule of policy.groupRules) {
			if (isRecord(rule) && isRecord(rule.settings) && typeof rule.group === 'string') {
				migrateGroupRule(rule.group, rule.settings, settings, changes)
			}
		}
	}
	return { policy, changes }
}

function migrateGroupRule(group: string, settings: Rec, org: Rec, changes: MigrationChange[]): void {
	for (const key of SETTING_KEYS) {
		const migrated = key in settings ? migrateRule(key, settings[key]) : null
		if (migrated === null) {
			continue
		}
		const rule = migrated.rule
		const orgRule = org[key] as Rec
		// An old group list could end on a value the organisation's strict reading no longer permits:
		// the group follows its organisation rule, which members get anyway.
		if (isRecord(orgRule) && isKnown(key, orgRule.threshold) && !atLeastAsStrict(key, rule.threshold as never, orgRule.threshold as never)) {
			rule.threshold = orgRule.threshold as never
			rule.default = stricter(key, rule.default as never, rule.threshold as never)
		}
		changes.push({ group, setting: key, before: settings[key] as Rec, after: rule, narrowed: migrated.narrowed })
		settings[key] = rule
	}
}

/**
 * The threshold reading of an old rule, or null when the rule is not in the old shape (already
 * migrated, or damaged: then validatePolicy has the last word).
 */
function migrateRule(key: SettingKey, rule: unknown): { rule: SettingRules[SettingKey] & Rec, narrowed: boolean } | null {
	if (!isRecord(rule) || 'threshold' in rule || !isKnown(key, rule.default)) {
		return null
	}
	const setting = SETTINGS[key]
	if (setting.kind === 'choice') {
		const values = setting.values as readonly unknown[]
		if (!Array.isArray(rule.allowed) || rule.allowed.length === 0 || !rule.allowed.every((value) => values.includes(value))) {
			return null
		}
		const allowed = values.filter((value) => (rule.allowed as unknown[]).includes(value))
		// The unbroken run of the list from its strictest value on.
		let end = values.indexOf(allowed[0])
		while (end + 1 < values.length && allowed.includes(values[end + 1])) {
			end++
		}
		return reading(key, rule, values[end], allowed.some((value) => values.indexOf(value) > end))
	}
	const weakSide = setting.stricter === 'lower' ? rule.max : rule.min
	return isKnown(key, weakSide) ? reading(key, rule, weakSide, false) : null
}

/** The new rule for an old one read up to `threshold`; its default moves up to the threshold if it was weaker. */
function reading(key: SettingKey, old: Rec, threshold: unknown, dropsValues: boolean): { rule: SettingRules[SettingKey] & Rec, narrowed: boolean } {
	const value = stricter(key, old.default as never, threshold as never)
	return {
		rule: { default: value, threshold, locked: old.locked } as never,
		narrowed: dropsValues || (old.locked === true && value !== old.default),
	}
}

function isKnown(key: SettingKey, value: unknown): boolean {
	const setting = SETTINGS[key]
	return setting.kind === 'choice' ? (setting.values as readonly unknown[]).includes(value) : typeof value === 'number' && Number.isInteger(value)
}
