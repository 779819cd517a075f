/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Our policy endpoints with the shared TS policy engine (the PHP controller's twin).
 * Password confirmation is treated as given in the sandbox.
 */
import type { OcsRoute } from '../ocs.ts'
import type { SandboxState } from '../state.ts'
import type { SandboxUser } from '../users.ts'

import { effectivePolicy } from '../../src/policy/effectivePolicy.ts'
import { validatePolicy } from '../../src/policy/validatePolicy.ts'
import { OWN_BASE } from '../config.ts'
import { fail, ok } from '../ocs.ts'
import { violationMessage } from './messages.ts'

export const effectivePolicyOf = (state: SandboxState, user: SandboxUser) => effectivePolicy(state.policy, user.groups)

const notAdmin = () => fail(403, { message: 'Only administrators may manage the organisation policy' })

export const policyRoutes: OcsRoute[] = [
	{
		method: 'GET',
		template: `${OWN_BASE}/policy`,
		handle: (ctx) => (ctx.user.isAdmin ? ok(ctx.state.policy) : notAdmin()),
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
]
