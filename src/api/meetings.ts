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
	/**
	 * One page of the user's meetings with their rooms as they are now: running, upcoming soonest first,
	 * past most recent first. `cursor` is the previous page's nextCursor ('' for the first page).
	 */
	list: async (cursor = ''): Promise<MeetingPage> => (await ocsRequest<MeetingPage>('GET', cursor === '' ? meetingsUrl() : `${meetingsUrl()}?cursor=${encodeURIComponent(cursor)}`)).data,
	/** The user's meeting of this conversation, or null: pages through the list (usually its first page). */
	find: async (token: string): Promise<ListedMeeting | null> => {
		for (let cursor: string | null = ''; cursor !== null;) {
			const page: MeetingPage = await meetingsApi.list(cursor)
			const found = page.meetings.find((meeting) => meeting.token === token)
			if (found !== undefined) {
				return found
			}
			cursor = page.nextCursor
		}
		return null
	},
	/** Removes the entry of a meeting whose conversation is gone. */
	remove: async (token: string): Promise<void> => {
		await ocsRequest('DELETE', generateOcsUrl('/apps/safe_meeting/api/v1/meetings/{token}', { token }))
	},
}

export type MeetingsApi = typeof meetingsApi
