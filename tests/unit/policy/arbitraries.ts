/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * fast-check generators for valid policies, group rules that only tighten, and arbitrary wizard choices.
 */
import type { MeetingChoices } from '../../../src/policy/plan.ts'
import type { SettingKey } from '../../../src/policy/settings.ts'
import type { GroupRule, OrganisationPolicy, SettingRules } from '../../../src/policy/types.ts'

import fc from 'fast-check'
import { SETTING_KEYS, SETTINGS } from '../../../src/policy/settings.ts'
import { upTo } from '../../../src/policy/threshold.ts'
import { NOW } from './builders.ts'

type AnyRule = { default: string | number, threshold: string | number, locked: boolean }

/** Any value the setting knows, permitted or not. */
export function anyKnownValue(key: SettingKey): fc.Arbitrary<string | number> {
	const setting = SETTINGS[key]
	return setting.kind === 'choice' ? fc.constantFrom(...setting.values) : fc.integer(setting.bounds)
}

/** A value at least as strict as `limit`. */
function atLeastAsStrictAs(key: SettingKey, limit: string | number): fc.Arbitrary<string | number> {
	const span = upTo(key, limit as never)
	return span.kind === 'choice' ? fc.constantFrom(...(span.values as (string | number)[])) : fc.integer({ min: span.min, max: span.max })
}

/**
 * A valid rule no weaker than `limit` (threshold and default) and locked where `limit` is:
 * without a limit, any valid organisation rule.
 */
export function ruleFor(key: SettingKey, limit?: AnyRule): fc.Arbitrary<AnyRule> {
	const threshold = limit === undefined ? anyKnownValue(key) : atLeastAsStrictAs(key, limit.threshold)
	return threshold.chain((value) => fc.record({
		default: atLeastAsStrictAs(key, limit === undefined ? value : stricterOf(key, value, limit.default)),
		threshold: fc.constant(value),
		locked: limit?.locked ? fc.constant(true) : fc.boolean(),
	}))
}

/**
 * Position in the setting's strictness order, lower is stricter: the tests' own oracle, written from the
 * catalogue without the engine's helpers, so a bug there cannot hide itself.
 */
export function rank(key: SettingKey, value: unknown): number {
	const setting = SETTINGS[key]
	if (setting.kind === 'choice') {
		return (setting.values as readonly unknown[]).indexOf(value)
	}
	return setting.stricter === 'lower' ? (value as number) : -(value as number)
}

function stricterOf(key: SettingKey, a: string | number, b: string | number): string | number {
	return rank(key, a) <= rank(key, b) ? a : b
}

export const settingRules: fc.Arbitrary<SettingRules> = fc.record(Object.fromEntries(SETTING_KEYS.map((key) => [key, ruleFor(key)])) as Record<SettingKey, fc.Arbitrary<unknown>>) as fc.Arbitrary<SettingRules>

export const orgPolicy: fc.Arbitrary<OrganisationPolicy> = settingRules.map((settings) => ({
	settings,
	privacyNotice: { text: 'Notice', url: '', version: '1' },
	groupRules: [],
}))

/** A group rule over some settings that only tightens `settings` (what validatePolicy accepts). */
export function tighteningRule(group: string, settings: SettingRules): fc.Arbitrary<GroupRule> {
	return fc.subarray(SETTING_KEYS).chain((keys) => fc.record(Object.fromEntries(keys.map((key) => [key, ruleFor(key, settings[key] as AnyRule)])) as Record<string, fc.Arbitrary<unknown>>))
		.map((rules) => ({ group, settings: rules as GroupRule['settings'] }))
}

/** An organisation policy with up to `count` tightening group rules named g0, g1, …. */
export function policyWithGroups(count: number): fc.Arbitrary<OrganisationPolicy> {
	return orgPolicy.chain((org) => fc.tuple(...Array.from({ length: count }, (_, index) => tighteningRule(`g${index}`, org.settings)))
		.map((groupRules) => ({ ...org, groupRules })))
}

/** Picks from the whole value space, allowed or not, so rejections are exercised too. */
function anyValue(key: SettingKey): fc.Arbitrary<string | number> {
	const setting = SETTINGS[key]
	return setting.kind === 'choice' ? fc.constantFrom(...setting.values) : fc.integer({ min: setting.bounds.min - 5, max: setting.bounds.max + 5 })
}

export const meetingChoices: fc.Arbitrary<MeetingChoices> = fc.record({
	title: fc.string({ minLength: 0, maxLength: 20 }),
	description: fc.string({ maxLength: 30 }),
	start: fc.integer({ min: NOW - 1000, max: NOW + 100_000 }),
	end: fc.integer({ min: NOW - 1000, max: NOW + 200_000 }),
	users: fc.array(fc.constantFrom('alice', 'bob'), { maxLength: 2 }),
	emails: fc.array(fc.constantFrom('a@example.org', 'b@example.org'), { maxLength: 2 }),
	guestLink: fc.boolean(),
	password: fc.string({ minLength: 0, maxLength: 40 }),
	settings: fc.record(
		Object.fromEntries(SETTING_KEYS.filter((k) => k !== 'guestAccess').map((key) => [key, anyValue(key)])) as Record<string, fc.Arbitrary<unknown>>,
		{ requiredKeys: [] },
	),
}) as fc.Arbitrary<MeetingChoices>
