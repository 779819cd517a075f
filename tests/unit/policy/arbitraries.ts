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

/** Any value of the setting's space and a little beyond it, permitted or not, so refusals are exercised too. */
function anyValue(key: SettingKey): fc.Arbitrary<string | number> {
	const setting = SETTINGS[key]
	return setting.kind === 'choice' ? fc.constantFrom(...setting.values) : fc.integer({ min: setting.bounds.min - 5, max: setting.bounds.max + 5 })
}

/** A value the rule of an effective policy permits (the default when locked). */
function permittedValue(key: SettingKey, rule: AnyRule): fc.Arbitrary<string | number> {
	return rule.locked ? fc.constant(rule.default) : atLeastAsStrictAs(key, rule.threshold)
}

/**
 * What a creator enters, given the policy the wizard shows them: mostly defaults and permitted picks, now
 * and then a value from anywhere, so that both plans and refusals are common (a property over choices
 * that the policy nearly always refuses would check next to nothing).
 */
export function meetingChoicesFor(settings: SettingRules): fc.Arbitrary<MeetingChoices> {
	const pick = (key: SettingKey) => fc.oneof(
		{ weight: 5, arbitrary: fc.constant(undefined) },
		{ weight: 4, arbitrary: permittedValue(key, settings[key] as AnyRule) },
		{ weight: 1, arbitrary: anyValue(key) },
	)
	const picks = fc.record(Object.fromEntries(SETTING_KEYS.filter((key) => key !== 'guestAccess').map((key) => [key, pick(key)])) as Record<string, fc.Arbitrary<unknown>>)
		.map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)))
	const guestRule = settings.guestAccess
	const guestsPermitted = guestRule.threshold === 'password' && !(guestRule.locked && guestRule.default === 'none')
	// Where guests are permitted, as often with as without; where not, now and then anyway.
	const withGuests = fc.oneof({ weight: guestsPermitted ? 1 : 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) })
	return fc.record({
		title: fc.oneof({ weight: 9, arbitrary: fc.string({ minLength: 1, maxLength: 20 }).map((title) => `Meeting ${title}`) }, { weight: 1, arbitrary: fc.constant(' ') }),
		description: fc.string({ maxLength: 30 }),
		// Now and then a little in the past, mostly ahead; the end mostly after the start.
		start: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: NOW - 1000, max: NOW }) }, { weight: 9, arbitrary: fc.integer({ min: NOW, max: NOW + 100_000 }) }),
		duration: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: -600, max: 0 }) }, { weight: 9, arbitrary: fc.integer({ min: 1, max: 10_800 }) }),
		users: fc.array(fc.constantFrom('alice', 'bob'), { maxLength: 2 }),
		guests: withGuests.chain((on): fc.Arbitrary<{ emails: string[], guestLink: boolean }> => (on
			? fc.record({ emails: fc.array(fc.constantFrom('a@example.org', 'b@example.org'), { maxLength: 2 }), guestLink: fc.boolean() })
			: fc.constant({ emails: [], guestLink: false }))),
		// Mostly long enough for any minimum; short ones test the minimum.
		password: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 128, max: 140 }).map((length) => 'p'.repeat(length)) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }),
		settings: picks,
	}).map(({ duration, guests, ...choices }) => ({ ...choices, ...guests, end: choices.start + duration }) as MeetingChoices)
}
