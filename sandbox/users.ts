/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The sandbox's fixed user directory (Nextcloud's user manager, in short).
 */
export interface SandboxUser {
	id: string
	displayName: string
	groups: string[]
	isAdmin: boolean
}

export const USERS: readonly SandboxUser[] = [
	{ id: 'admin', displayName: 'Admin', groups: ['admin'], isAdmin: true },
	{ id: 'alice', displayName: 'Alice', groups: ['hr'], isAdmin: false },
	{ id: 'bob', displayName: 'Bob', groups: ['staff'], isAdmin: false },
	{ id: 'carol', displayName: 'Carol', groups: ['staff'], isAdmin: false },
	{ id: 'dave', displayName: 'Dave', groups: [], isAdmin: false },
]

/** Every group some user is in, for the group picker. */
export const GROUPS: readonly string[] = [...new Set(USERS.flatMap((user) => user.groups))].sort()

/** Who a request acts as when it names nobody (the page's default user). */
export const DEFAULT_USER = 'alice'

export function findUser(id: string | undefined | null): SandboxUser | undefined {
	return USERS.find((user) => user.id === id)
}
