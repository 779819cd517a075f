/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Core and password_policy OCS endpoints the frontend uses: capabilities, password generation,
 * the user search of Nextcloud's user picker and the group search of its group picker. No contract file exists for them here.
 */
import type { OcsRoute } from './ocs.ts'

import { allCapabilities } from './capabilities.ts'
import { ok } from './ocs.ts'
import { generatePassword } from './talk/passwordPolicy.ts'
import { GROUPS, USERS } from './users.ts'

export const coreRoutes: OcsRoute[] = [
	{
		method: 'GET',
		template: '/ocs/v2.php/cloud/capabilities',
		// Public, as in Nextcloud: Talk's guest page reads them too.
		public: true,
		handle: (ctx) => ok({
			version: { major: 32, minor: 0, micro: 2, string: '32.0.2', edition: '', extendedSupport: false },
			capabilities: allCapabilities(ctx.state, ctx.baseUrl, ctx.user),
		}),
	},
	{
		method: 'GET',
		template: '/ocs/v2.php/apps/password_policy/api/v1/generate',
		handle: () => ok({ password: generatePassword() }),
	},
	{
		method: 'GET',
		template: '/ocs/v2.php/core/autocomplete/get',
		handle: (ctx) => {
			const search = String(ctx.query.search ?? '').toLowerCase()
			const limit = Number(ctx.query.limit ?? 10) || 10
			const matches = USERS.filter((user) => user.id !== ctx.user.id
				&& (user.id.includes(search) || user.displayName.toLowerCase().includes(search)))
			return ok(matches.slice(0, limit).map((user) => ({
				id: user.id,
				label: user.displayName,
				icon: 'icon-user',
				source: 'users',
				status: [],
				subline: '',
				shareWithDisplayNameUnique: `${user.id}@example.com`,
			})))
		},
	},
	{
		method: 'GET',
		template: '/ocs/v2.php/cloud/groups/details',
		handle: (ctx) => {
			const search = String(ctx.query.search ?? '').toLowerCase()
			const groups = GROUPS.filter((group) => group.includes(search))
			return ok({ groups: groups.map((id) => ({ id, displayname: id, usercount: USERS.filter((u) => u.groups.includes(id)).length, disabled: 0, canAdd: true, canRemove: true })) })
		},
	},
]
