/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The public notice page's one request: the guest read this version (NoticePageController::read).
 */
import type { PrivacyNotice } from '../policy/types.ts'

import axios, { isAxiosError } from '@nextcloud/axios'
import { generateUrl } from '@nextcloud/router'

export type ReadResult
	= | { kind: 'read', talkUrl: string }
		/** The notice changed while the guest read it: show this one. */
		| { kind: 'changed', notice: PrivacyNotice }
		| { kind: 'failed', message: string }

/** The `email` and `access` of an e-mail guest's personal Talk link, handed back so the answer leads to it. */
export interface PersonalLink { email: string, access: string }

export async function markNoticeRead(token: string, version: string, personalLink: PersonalLink | null): Promise<ReadResult> {
	try {
		const response = await axios.post<{ talkUrl: string }>(generateUrl('/apps/safe_meeting/m/{token}/read', { token }), { version, ...personalLink })
		return { kind: 'read', talkUrl: response.data.talkUrl }
	} catch (error) {
		const data = isAxiosError(error) ? error.response?.data as { message?: unknown, notice?: PrivacyNotice } | undefined : undefined
		if (isAxiosError(error) && error.response?.status === 409 && data?.notice !== undefined) {
			return { kind: 'changed', notice: data.notice }
		}
		return { kind: 'failed', message: typeof data?.message === 'string' ? data.message : '' }
	}
}
