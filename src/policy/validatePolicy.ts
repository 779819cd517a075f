import type { SettingKey } from './settings.ts'
import type { OrganisationPolicy, Violation } from './types.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Validates an organisation policy as an admin submits it. Input is `unknown`: it comes from a form or
 * the network, so every key and type is checked and unknown keys are rejected, not ignored.
 */
import { strictnessRank } from './checkValue.ts'
import { SETTING_KEYS, SETTINGS } from './settings.ts'

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

/**
 * Checks one rule's shape and internal consistency; returns whether it is well-formed.
 */
function checkRule(key: SettingKey, rule: unknown, path: string, violations: Violation[]): boolean {
	const setting = SETTINGS[key]
	if (!isRecord(rule)) {
		violations.push({ field: path, code: 'wrong-type' })
		return false
	}
	const before = violations.length
	if (typeof rule.locked !== 'boolean') {
		violations.push({ field: `${path}.locked`, code: rule.locked === undefined ? 'required' : 'wrong-type' })
	}
	if (setting.kind === 'choice') {
		rejectUnknownKeys(rule, ['default', 'allowed', 'locked'], path, violations)
		const values = setting.values as readonly unknown[]
		if (!Array.isArray(rule.allowed)) {
			violations.push({ field: `${path}.allowed`, code: rule.allowed === undefined ? 'required' : 'wrong-type' })
		} else if (rule.allowed.length === 0) {
			violations.push({ field: `${path}.allowed`, code: 'required' })
		} else if (rule.allowed.some((value) => !values.includes(value)) || new Set(rule.allowed).size !== rule.allowed.length) {
			violations.push({ field: `${path}.allowed`, code: 'invalid' })
		}
		if (!values.includes(rule.default)) {
			violations.push({ field: `${path}.default`, code: rule.default === undefined ? 'required' : 'invalid' })
		} else if (Array.isArray(rule.allowed) && !rule.allowed.includes(rule.default)) {
			violations.push({ field: `${path}.default`, code: 'not-allowed' })
		}
		return violations.length === before
	}
	rejectUnknownKeys(rule, ['default', 'min', 'max', 'locked'], path, violations)
	for (const field of ['default', 'min', 'max'] as const) {
		const value = rule[field]
		if (typeof value !== 'number' || !Number.isInteger(value)) {
			violations.push({ field: `${path}.${field}`, code: value === undefined ? 'required' : 'wrong-type' })
		} else if (value < setting.bounds.min || value > setting.bounds.max) {
			violations.push({ field: `${path}.${field}`, code: 'out-of-range', params: { min: setting.bounds.min, max: setting.bounds.max } })
		}
	}
	if (violations.length === before) {
		const { default: value, min, max } = rule as { default: number, min: number, max: number }
		if (min > max) {
			violations.push({ field: `${path}.min`, code: 'out-of-range', params: { min: setting.bounds.min, max } })
		} else if (value < min || value > max) {
			violations.push({ field: `${path}.default`, code: 'out-of-range', params: { min, max } })
		}
	}
	return violations.length === before
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
		if (checkRule(key, groupRule, field, violations) && orgValid && loosens(key, groupRule as Rec, orgRule as Rec)) {
			violations.push({ field, code: 'loosens' })
		}
	}
}

/**
 * A group rule loosens when it allows more, unlocks nothing it could, or defaults to something weaker.
 */
function loosens(key: SettingKey, group: Rec, org: Rec): boolean {
	if (org.locked === true && group.locked !== true) {
		return true
	}
	const weaker = strictnessRank(key, group.default as never) > strictnessRank(key, org.default as never)
	if (SETTINGS[key].kind === 'choice') {
		return weaker || (group.allowed as unknown[]).some((value) => !(org.allowed as unknown[]).includes(value))
	}
	return weaker || (group.min as number) < (org.min as number) || (group.max as number) > (org.max as number)
}
