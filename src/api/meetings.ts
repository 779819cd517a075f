import type { RegisteredPlan } from '../policy/validatePlan.ts'
import type { ListedMeeting, Meeting } from './types.ts'

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
	list: async (): Promise<ListedMeeting[]> => (await ocsRequest<{ meetings: ListedMeeting[] }>('GET', meetingsUrl())).data.meetings,
}

export type MeetingsApi = typeof meetingsApi
