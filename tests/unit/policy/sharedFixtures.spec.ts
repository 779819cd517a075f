import type { CheckablePlan, CheckableRoom } from '../../../src/policy/checkRoom.ts'
import type { GuardVerdict, RoomModification } from '../../../src/policy/guardModification.ts'
import type { MigrationChange } from '../../../src/policy/migratePolicy.ts'
import type { EffectivePolicy, OrganisationPolicy, Violation } from '../../../src/policy/types.ts'
import type { RegisteredPlan } from '../../../src/policy/validatePlan.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The shared policy fixtures (tests/fixtures/policy): PHPUnit runs the same files against lib/Policy,
 * so both runtimes must reach identical verdicts.
 */
// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkRoom } from '../../../src/policy/checkRoom.ts'
import { effectivePolicy } from '../../../src/policy/effectivePolicy.ts'
import { guardModification } from '../../../src/policy/guardModification.ts'
import { migratePolicy } from '../../../src/policy/migratePolicy.ts'
import { validatePlan } from '../../../src/policy/validatePlan.ts'
import { validatePolicy } from '../../../src/policy/validatePolicy.ts'

const load = <T>(name: string): T[] => JSON.parse(readFileSync(new URL(`../../fixtures/policy/${name}.json`, import.meta.url), 'utf8')) as T[]
/** Field, code and the message parameters (bounds, limits), so both runtimes must name the same bounds too. */
const verdict = (violations: Violation[]) => violations.map((v) => `${v.field}:${v.code}:${JSON.stringify(v.params ?? {}, Object.keys(v.params ?? {}).sort())}`).sort()

describe('shared fixtures: policy validation', () => {
	it.each(load<{ name: string, policy: unknown, violations: Violation[] }>('policies').map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
		const result = validatePolicy(fixture.policy)
		expect(verdict(result.ok ? [] : result.violations)).toEqual(verdict(fixture.violations))
	})
})

describe('shared fixtures: effective policy', () => {
	it.each(load<{ name: string, policy: OrganisationPolicy, groups: string[], expected: Omit<EffectivePolicy, 'privacyNotice'> }>('effective').map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
		expect(validatePolicy(fixture.policy).ok).toBe(true)
		const result = effectivePolicy(fixture.policy, fixture.groups)
		expect({ settings: result.settings, appliedGroups: result.appliedGroups }).toEqual(fixture.expected)
	})
})

describe('shared fixtures: plan validation', () => {
	it.each(load<{ name: string, policy: EffectivePolicy, plan: RegisteredPlan, now: number, password: string, violations: Violation[] }>('plans').map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
		expect(verdict(validatePlan(fixture.policy, fixture.plan, fixture.now, fixture.password))).toEqual(verdict(fixture.violations))
	})
})

describe('shared fixtures: reading policies stored before thresholds', () => {
	it.each(load<{ name: string, stored: unknown, expected: { policy: unknown, changes: Pick<MigrationChange, 'group' | 'setting' | 'narrowed'>[] } }>('migrations').map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
		const result = migratePolicy(fixture.stored)
		expect(result.policy).toEqual(fixture.expected.policy)
		expect(result.changes.map(({ group, setting, narrowed }) => ({ group, setting, narrowed }))).toEqual(fixture.expected.changes)
	})
})

describe('shared fixtures: room checks', () => {
	it.each(load<{ name: string, plan: CheckablePlan, room: CheckableRoom, now: number, findings: string[] }>('rooms').map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
		expect(checkRoom(fixture.plan, fixture.room, fixture.now).map((f) => f.code).sort()).toEqual([...fixture.findings].sort())
	})
})

describe('shared fixtures: modification guard', () => {
	it.each(load<{ name: string, plan: CheckablePlan, change: RoomModification, now: number, verdict: GuardVerdict }>('modifications').map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
		expect(guardModification(fixture.plan, fixture.change, fixture.now)).toEqual(fixture.verdict)
	})
})
