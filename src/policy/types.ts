/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SettingKey, SettingValues } from './settings.ts'

/**
 * The rule for one setting. `threshold` is the weakest value still permitted: every stricter value is
 * permitted too, so rules combine by taking the strictest of each part and can only tighten.
 * `default` is never weaker than `threshold`; `locked` means users must keep the default.
 */
export interface SettingRule<V> {
	default: V
	threshold: V
	locked: boolean
}

export type SettingRules = { [K in SettingKey]: SettingRule<SettingValues[K]> }
export type Rule<K extends SettingKey> = SettingRules[K]

export interface PrivacyNotice {
	/** Shown to participants before they join; placed in the room description. */
	text: string
	/** Optional link to the full privacy notice (https only). */
	url: string
	/** Version label, so records show which notice a meeting carried. */
	version: string
}

/** A stricter rule set for the members of one group: only the settings it names. */
export interface GroupRule {
	group: string
	settings: Partial<SettingRules>
}

/** What an admin stores: organisation-wide rules plus group rules. */
export interface OrganisationPolicy {
	settings: SettingRules
	privacyNotice: PrivacyNotice
	groupRules: GroupRule[]
}

/** What applies to one user: the organisation's rules tightened by their groups' rules. */
export interface EffectivePolicy {
	settings: SettingRules
	privacyNotice: PrivacyNotice
	/** The user's groups whose rule is stricter than the organisation's somewhere, in rule order. */
	appliedGroups: string[]
}

/** A reason something was refused. `code` is stable (shared with PHP), `params` fill the message. */
export interface Violation {
	field: string
	code: ViolationCode
	params?: Record<string, string | number>
}

export type ViolationCode
	= | 'required'
		| 'too-long'
		| 'invalid'
		| 'not-allowed'
		| 'locked'
		| 'out-of-range'
		| 'empty'
		| 'not-whole'
		| 'too-short'
		| 'end-before-start'
		| 'in-past'
		| 'guests-not-allowed'
		| 'unknown-key'
		| 'loosens'
		| 'wrong-type'
