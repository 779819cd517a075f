import type { RegisteredPlan } from '../policy/validatePlan.ts'
import type { ListedMeeting, Meeting, MeetingPage } from './types.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { generateOcsUrl } from '@nextcloud/router'
import { ocsRequest } from './ocs.ts'

const meetingsUrl = () => generateOcsUrl('/apps/safe_meeting/api/v1/meetings')

export const meetingsApi = {
	/**
	 * `password`: the guest password of a meeting with guests, so the server can check its length (Talk
	 * keeps only a hash of it); '' sends none.
	 */
	register: async (token: string, plan: RegisteredPlan, password: string): Promise<Meeting> => (await ocsRequest<Meeting>('POST', meetingsUrl(), password === '' ? { token, plan } : { token, plan, password })).data,
	/** One page of the user's meetings with their rooms as they are now, newest first. */
	list: async (offset = 0): Promise<MeetingPage> => (await ocsRequest<MeetingPage>('GET', `${meetingsUrl()}?offset=${offset}`)).data,
	/** The user's meeting of this conversation, or null: pages through the list (usually its first page). */
	find: async (token: string): Promise<ListedMeeting | null> => {
		for (let offset: number | null = 0; offset !== null;) {
			const page = await meetingsApi.list(offset)
			const found = page.meetings.find((meeting) => meeting.token === token)
			if (found !== undefined) {
				return found
			}
			offset = page.nextOffset
		}
		return null
	},
	/** Removes the entry of a meeting whose conversation is gone. */
	remove: async (token: string): Promise<void> => {
		await ocsRequest('DELETE', generateOcsUrl('/apps/safe_meeting/api/v1/meetings/{token}', { token }))
	},
}

export type MeetingsApi = typeof meetingsApi
