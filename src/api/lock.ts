/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Moderators' controls of a running safe meeting: lock, unlock, admit one person, end the call.
 */
import type { operations } from './openapi.d.ts'
import type { LockState } from './types.ts'

import { generateOcsUrl } from '@nextcloud/router'
import { ocsRequest } from './ocs.ts'

type AdmitBody = NonNullable<operations['lock-admit']['requestBody']>['content']['application/json']

const meetingPath = (token: string, path: string) => generateOcsUrl('/apps/safe_meeting/api/v1/meetings/{token}/' + path, { token })

/** Whom to admit: a user id, or an e-mail address (Talk mails the guest their personal link). */
export type Admittee = { userId: string } | { email: string }

export const lockApi = {
	lock: async (token: string): Promise<LockState> => (await ocsRequest<LockState>('POST', meetingPath(token, 'lock'))).data,
	unlock: async (token: string): Promise<LockState> => (await ocsRequest<LockState>('DELETE', meetingPath(token, 'lock'))).data,
	end: async (token: string): Promise<LockState> => (await ocsRequest<LockState>('POST', meetingPath(token, 'end'))).data,
	admit: async (token: string, who: Admittee): Promise<string> => (await ocsRequest<{ admittedName: string }>('POST', meetingPath(token, 'admissions'), who satisfies AdmitBody)).data.admittedName,
}

export type LockApi = typeof lockApi
