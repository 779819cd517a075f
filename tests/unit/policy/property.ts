/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * How the policy properties run. Normally (CI, `npm test`) with a fixed seed, so every run checks the
 * same cases and a failure is a failure every time. `npm run test:deep` (PROPERTY_DEEP=1) runs each
 * property with 100 000 cases and a fresh random seed. The seed is printed either way; a failure found
 * with it is replayed by `PROPERTY_SEED=<seed> npx vitest run tests/unit/policy/`.
 */
import fc from 'fast-check'
import { vi } from 'vitest'

export const FIXED_SEED = 20261127
export const DEEP_RUNS = 100_000

const deep = process.env.PROPERTY_DEEP === '1'
const seedFromEnv = Number.parseInt(process.env.PROPERTY_SEED ?? '', 10)

/** The seed of this run: PROPERTY_SEED if given, else random when deep, else the fixed one. */
export const SEED = Number.isInteger(seedFromEnv) ? seedFromEnv : deep ? Math.floor(Math.random() * 2 ** 31) : FIXED_SEED

// Hundreds of cases take seconds on a busy machine; the cases, not the time, are what is tested.
vi.setConfig({ testTimeout: deep ? 24 * 3600_000 : 120_000 })

/** Output for the test log, so the seed of any run can be replayed. */
process.stdout.write(`fast-check seed ${SEED} (${deep ? `deep: ${DEEP_RUNS} runs per property` : 'fixed'})\n`)

/**
 * Checks a property with this run's seed: `runs` cases normally, DEEP_RUNS in deep mode.
 */
export function checkProperty<T>(property: fc.IProperty<T>, runs: number): void {
	fc.assert(property, { seed: SEED, numRuns: deep ? DEEP_RUNS : runs })
}
