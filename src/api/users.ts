/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { generateOcsUrl } from '@nextcloud/router'
import { ocsRequest } from './ocs.ts'

export interface UserMatch {
	id: string
	displayName: string
}

/**
 * Nextcloud's own user search (the one Talk's participant picker uses).
 */
export async function searchUsers(term: string): Promise<UserMatch[]> {
	const query = new URLSearchParams({ search: term, itemType: 'call', itemId: 'new', limit: '10' })
	query.append('shareTypes[]', '0')
	const { data } = await ocsRequest<{ id: string, label: string, source: string }[]>('GET', generateOcsUrl('/core/autocomplete/get') + '?' + query.toString())
	return data.filter((match) => match.source === 'users').map((match) => ({ id: match.id, displayName: match.label }))
}
