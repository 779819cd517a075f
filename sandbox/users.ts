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
	/** null: none set (Talk refuses to schedule meetings for them and leaves them out of events). */
	email: string | null
}

export const USERS: readonly SandboxUser[] = [
	{ id: 'admin', displayName: 'Admin', groups: ['admin'], isAdmin: true, email: 'admin@example.org' },
	{ id: 'alice', displayName: 'Alice', groups: ['hr'], isAdmin: false, email: 'alice@example.org' },
	{ id: 'bob', displayName: 'Bob', groups: ['staff'], isAdmin: false, email: 'bob@example.org' },
	{ id: 'carol', displayName: 'Carol', groups: ['staff'], isAdmin: false, email: 'carol@example.org' },
	{ id: 'dave', displayName: 'Dave', groups: [], isAdmin: false, email: null },
]

/** Every group some user is in, for the group picker. */
export const GROUPS: readonly string[] = [...new Set(USERS.flatMap((user) => user.groups))].sort()

/** Who a request acts as when it names nobody (the page's default user). */
export const DEFAULT_USER = 'alice'

export function findUser(id: string | undefined | null): SandboxUser | undefined {
	return USERS.find((user) => user.id === id)
}
