/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Validates an organisation policy as an admin submits it. Input is `unknown`: it comes from a form or
 * the network, so every key and type is checked and unknown keys are rejected, not ignored.
 * Twin: lib/Policy/PolicyValidator.php.
 */
import type { SettingKey, SettingValues } from './settings.ts'
import type { OrganisationPolicy, Violation } from './types.ts'

import { checkWholeNumber } from './checkValue.ts'
import { SETTING_KEYS, SETTINGS } from './settings.ts'
import { atLeastAsStrict, upTo } from './threshold.ts'

export const NOTICE_TEXT_MAX = 1500
export const NOTICE_URL_MAX = 400
export const NOTICE_VERSION_MAX = 32
export const GROUP_RULES_MAX = 100

export type PolicyResult = { ok: true, policy: OrganisationPolicy } | { ok: false, violations: Violation[] }

type Rec = Record<string, unknown>
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v)

export function validatePolicy(input: unknown): PolicyResult {
	const violations: Violation[] = []
	if (!isRecord(input)) {
		return { ok: false, violations: [{ field: '', code: 'wrong-type' }] }
	}
	rejectUnknownKeys(input, ['settings', 'privacyNotice', 'groupRules'], '', violations)

	const settings = input.settings
	if (!isRecord(settings)) {
		violations.push({ field: 'settings', code: settings === undefined ? 'required' : 'wrong-type' })
	} else {
		rejectUnknownKeys(settings, SETTING_KEYS, 'settings', violations)
		for (const key of SETTING_KEYS) {
			if (settings[key] === undefined) {
				violations.push({ field: `settings.${key}`, code: 'required' })
			} else {
				checkRule(key, settings[key], `settings.${key}`, violations)
			}
		}
	}

	checkNotice(input.privacyNotice, violations)

	const groupRules = input.groupRules
	if (!Array.isArray(groupRules)) {
		violations.push({ field: 'groupRules', code: groupRules === undefined ? 'required' : 'wrong-type' })
	} else if (groupRules.length > GROUP_RULES_MAX) {
		violations.push({ field: 'groupRules', code: 'too-long', params: { max: GROUP_RULES_MAX } })
	} else {
		const seen = new Set<string>()
		groupRules.forEach((rule, index) => {
			checkGroupRule(rule, `groupRules.${index}`, isRecord(settings) ? settings : null, seen, violations)
		})
	}

	return violations.length === 0
		? { ok: true, policy: structuredClone(input) as unknown as OrganisationPolicy }
		: { ok: false, violations }
}

function rejectUnknownKeys(value: Rec, known: readonly string[], path: string, violations: Violation[]): void {
	for (const key of Object.keys(value)) {
		if (!known.includes(key)) {
			violations.push({ field: path === '' ? key : `${path}.${key}`, code: 'unknown-key' })
		}
	}
}

const RULE_PARTS = ['default', 'threshold', 'locked']

/**
 * Checks one rule's shape and that its default is no weaker than its threshold; returns whether it is well-formed.
 */
function checkRule(key: SettingKey, rule: unknown, path: string, violations: Violation[]): boolean {
	const setting = SETTINGS[key]
	if (!isRecord(rule)) {
		violations.push({ field: path, code: 'wrong-type' })
		return false
	}
	const before = violations.length
	rejectUnknownKeys(rule, RULE_PARTS, path, violations)
	if (typeof rule.locked !== 'boolean') {
		violations.push({ field: `${path}.locked`, code: rule.locked === undefined ? 'required' : 'wrong-type' })
	}
	for (const part of ['threshold', 'default'] as const) {
		const value = rule[part]
		if (value === undefined) {
			violations.push({ field: `${path}.${part}`, code: 'required' })
		} else if (setting.kind === 'choice') {
			if (!(setting.values as readonly unknown[]).includes(value)) {
				violations.push({ field: `${path}.${part}`, code: 'invalid' })
			}
		} else {
			const problem = checkWholeNumber(value, setting.bounds.min, setting.bounds.max)
			if (problem !== null) {
				violations.push({ field: `${path}.${part}`, ...problem })
			}
		}
	}
	if (violations.length === before) {
		const value = rule.default as SettingValues[SettingKey]
		const threshold = rule.threshold as SettingValues[SettingKey]
		if (!atLeastAsStrict(key, value as never, threshold as never)) {
			violations.push({ field: `${path}.default`, ...weakerThan(key, 'not-allowed', threshold) })
		}
	}
	return violations.length === before
}

/**
 * The problem of a value weaker than `limit`, with what may be entered instead: the span up to the
 * limit for ranges, the limit itself for choices ("… or stricter").
 */
function weakerThan(key: SettingKey, code: 'not-allowed' | 'out-of-range' | 'loosens', limit: SettingValues[SettingKey]): Omit<Violation, 'field'> {
	const span = upTo(key, limit as never)
	if (span.kind === 'range') {
		return { code: code === 'not-allowed' ? 'out-of-range' : code, params: { min: span.min, max: span.max } }
	}
	return { code, params: { limit } }
}

function checkNotice(notice: unknown, violations: Violation[]): void {
	if (!isRecord(notice)) {
		violations.push({ field: 'privacyNotice', code: notice === undefined ? 'required' : 'wrong-type' })
		return
	}
	rejectUnknownKeys(notice, ['text', 'url', 'version'], 'privacyNotice', violations)
	const limits = { text: NOTICE_TEXT_MAX, url: NOTICE_URL_MAX, version: NOTICE_VERSION_MAX }
	for (const field of ['text', 'url', 'version'] as const) {
		const value = notice[field]
		if (typeof value !== 'string') {
			violations.push({ field: `privacyNotice.${field}`, code: value === undefined ? 'required' : 'wrong-type' })
		} else if (value.length > limits[field]) {
			violations.push({ field: `privacyNotice.${field}`, code: 'too-long', params: { max: limits[field] } })
		} else if (field !== 'url' && value.trim() === '') {
			violations.push({ field: `privacyNotice.${field}`, code: 'required' })
		} else if (field === 'url' && value !== '' && !/^https:\/\/[^\s]+$/.test(value)) {
			violations.push({ field: 'privacyNotice.url', code: 'invalid' })
		}
	}
}

function checkGroupRule(rule: unknown, path: string, orgSettings: Rec | null, seen: Set<string>, violations: Violation[]): void {
	if (!isRecord(rule)) {
		violations.push({ field: path, code: 'wrong-type' })
		return
	}
	rejectUnknownKeys(rule, ['group', 'settings'], path, violations)
	if (typeof rule.group !== 'string') {
		violations.push({ field: `${path}.group`, code: rule.group === undefined ? 'required' : 'wrong-type' })
	} else if (rule.group.trim() === '') {
		violations.push({ field: `${path}.group`, code: 'required' })
	} else if (seen.has(rule.group)) {
		violations.push({ field: `${path}.group`, code: 'invalid' })
	} else {
		seen.add(rule.group)
	}
	if (!isRecord(rule.settings)) {
		violations.push({ field: `${path}.settings`, code: rule.settings === undefined ? 'required' : 'wrong-type' })
		return
	}
	rejectUnknownKeys(rule.settings, SETTING_KEYS, `${path}.settings`, violations)
	for (const key of SETTING_KEYS) {
		const groupRule = rule.settings[key]
		if (groupRule === undefined) {
			continue
		}
		const field = `${path}.settings.${key}`
		const orgRule = orgSettings?.[key]
		const orgValid = orgRule !== undefined && checkRule(key, orgRule, '', [])
		if (checkRule(key, groupRule, field, violations) && orgValid) {
			reportLoosening(key, groupRule as Rec, orgRule as Rec, field, violations)
		}
	}
}

/**
 * A group rule loosens when its threshold or default is weaker than the organisation's, or it unlocks
 * what the organisation locks. Each part is reported where the admin edits it.
 */
function reportLoosening(key: SettingKey, group: Rec, org: Rec, path: string, violations: Violation[]): void {
	for (const part of ['threshold', 'default'] as const) {
		const limit = org[part] as SettingValues[SettingKey]
		if (!atLeastAsStrict(key, group[part] as never, limit as never)) {
			violations.push({ field: `${path}.${part}`, ...weakerThan(key, 'loosens', limit) })
		}
	}
	if (org.locked === true && group.locked !== true) {
		violations.push({ field: `${path}.locked`, code: 'loosens' })
	}
}
