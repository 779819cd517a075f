/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Our policy endpoints with the shared TS policy engine (the PHP controller's twin).
 * Password confirmation is treated as given in the sandbox.
 */
import type { OrganisationPolicy } from '../../src/policy/types.ts'
import type { OcsRoute } from '../ocs.ts'
import type { SandboxState } from '../state.ts'
import type { SandboxUser } from '../users.ts'

import { defaultPolicy } from '../../src/policy/defaultPolicy.ts'
import { effectivePolicy } from '../../src/policy/effectivePolicy.ts'
import { migratePolicy } from '../../src/policy/migratePolicy.ts'
import { validatePolicy } from '../../src/policy/validatePolicy.ts'
import { OWN_BASE } from '../config.ts'
import { fail, ok } from '../ocs.ts'
import { now } from '../state.ts'
import { violationMessage } from './messages.ts'

/**
 * The stored policy, read as PolicyService reads it: one stored before thresholds (seeded through
 * /__sandbox/policy) is converted once, stored back and reported; an invalid one gives the built-in policy.
 */
export function readPolicy(state: SandboxState): OrganisationPolicy {
	const { policy, changes } = migratePolicy(state.policy)
	const result = validatePolicy(policy)
	if (!result.ok) {
		return defaultPolicy()
	}
	if (changes.length > 0) {
		state.policy = result.policy
		state.policyMigration = { migratedAt: now(state), changes }
	}
	return result.policy
}

export const effectivePolicyOf = (state: SandboxState, user: SandboxUser) => effectivePolicy(readPolicy(state), user.groups)

const notAdmin = () => fail(403, { message: 'Only administrators may manage the organisation policy' })

export const policyRoutes: OcsRoute[] = [
	{
		method: 'GET',
		template: `${OWN_BASE}/policy`,
		handle: (ctx) => (ctx.user.isAdmin ? ok(readPolicy(ctx.state)) : notAdmin()),
	},
	{
		method: 'GET',
		template: `${OWN_BASE}/policy/effective`,
		handle: (ctx) => ok(effectivePolicyOf(ctx.state, ctx.user)),
	},
	{
		method: 'PUT',
		template: `${OWN_BASE}/policy`,
		handle: (ctx) => {
			if (!ctx.user.isAdmin) {
				return notAdmin()
			}
			const result = validatePolicy(ctx.body.policy)
			if (!result.ok) {
				return fail(400, { message: 'The policy is invalid', violations: result.violations.map(violationMessage) })
			}
			ctx.state.policy = result.policy
			return ok(result.policy)
		},
	},
	{
		method: 'DELETE',
		template: `${OWN_BASE}/policy/migration`,
		handle: (ctx) => {
			if (!ctx.user.isAdmin) {
				return notAdmin()
			}
			ctx.state.policyMigration = null
			return ok({})
		},
	},
]
