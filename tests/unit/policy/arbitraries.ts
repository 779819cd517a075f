import type { MeetingChoices } from '../../../src/policy/plan.ts'
import type { SettingKey } from '../../../src/policy/settings.ts'
import type { ChoiceRule, OrganisationPolicy, RangeRule, SettingRules } from '../../../src/policy/types.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * fast-check generators for valid policies and arbitrary wizard choices.
 */
import fc from 'fast-check'
import { SETTING_KEYS, SETTINGS } from '../../../src/policy/settings.ts'
import { NOW } from './builders.ts'

function choiceRule(values: readonly (string | number)[]): fc.Arbitrary<ChoiceRule<string | number>> {
	return fc.subarray([...values], { minLength: 1 }).chain((allowed) => fc.record({
		default: fc.constantFrom(...allowed),
		allowed: fc.constant(allowed),
		locked: fc.boolean(),
	}))
}

function rangeRule(bounds: { min: number, max: number }): fc.Arbitrary<RangeRule> {
	return fc.tuple(fc.integer(bounds), fc.integer(bounds), fc.integer(bounds), fc.boolean())
		.map(([a, b, c, locked]) => {
			const [min, value, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number]
			return { default: value, min, max, locked }
		})
}

export function ruleFor(key: SettingKey): fc.Arbitrary<ChoiceRule<string | number> | RangeRule> {
	const setting = SETTINGS[key]
	return setting.kind === 'choice' ? choiceRule(setting.values) : rangeRule(setting.bounds)
}

export const settingRules: fc.Arbitrary<SettingRules> = fc.record(Object.fromEntries(SETTING_KEYS.map((key) => [key, ruleFor(key)])) as Record<SettingKey, fc.Arbitrary<unknown>>) as fc.Arbitrary<SettingRules>

export const orgPolicy: fc.Arbitrary<OrganisationPolicy> = settingRules.map((settings) => ({
	settings,
	privacyNotice: { text: 'Notice', url: '', version: '1' },
	groupRules: [],
}))

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
