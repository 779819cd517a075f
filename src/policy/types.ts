/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ChoiceKey, RangeKey, SettingKey, SettingValues } from './settings.ts'

/** Rule for a choice setting: the default, the values a user may pick, and whether it is locked. */
export interface ChoiceRule<V> {
	default: V
	allowed: V[]
	locked: boolean
}

/** Rule for a numeric setting: the default and the inclusive range a user may pick from. */
export interface RangeRule {
	default: number
	min: number
	max: number
	locked: boolean
}

export type SettingRules = { [K in ChoiceKey]: ChoiceRule<SettingValues[K]> } & { [K in RangeKey]: RangeRule }
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
	/** Groups whose rules tightened at least one setting, for "why is this locked?". */
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
		| 'too-short'
		| 'end-before-start'
		| 'in-past'
		| 'guests-not-allowed'
		| 'unknown-key'
		| 'loosens'
		| 'wrong-type'
