import type { PurgeResult, ReceiptPage, ReceiptSettings, RetentionPreview } from './types.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Retention preview and purge of a meeting, deletion receipts and their CSV export, the receipt period.
 */
import axios from '@nextcloud/axios'
import { generateOcsUrl } from '@nextcloud/router'
import { OcsError, ocsRequest } from './ocs.ts'

const meetingUrl = (token: string, what: 'retention' | 'purge') => generateOcsUrl('/apps/safe_meeting/api/v1/meetings/{token}/' + what, { token })
const receiptsUrl = (path = '') => generateOcsUrl('/apps/safe_meeting/api/v1/receipts' + path)

export interface ReceiptQuery {
	/** Only this meeting's receipts. */
	token?: string
	limit?: number
	offset?: number
}

function query(params: Record<string, string | number | undefined>): string {
	const search = new URLSearchParams()
	for (const [key, value] of Object.entries(params)) {
		if (value !== undefined && value !== '') {
			search.set(key, String(value))
		}
	}
	const text = search.toString()
	return text === '' ? '' : '?' + text
}

export const retentionApi = {
	preview: async (token: string): Promise<RetentionPreview> => (await ocsRequest<RetentionPreview>('GET', meetingUrl(token, 'retention'))).data,
	purge: async (token: string): Promise<PurgeResult> => (await ocsRequest<PurgeResult>('POST', meetingUrl(token, 'purge'))).data,
	receipts: async ({ token, limit, offset }: ReceiptQuery = {}): Promise<ReceiptPage> => (await ocsRequest<ReceiptPage>('GET', receiptsUrl(query({ token, limit, offset })))).data,
	settings: async (): Promise<ReceiptSettings> => (await ocsRequest<ReceiptSettings>('GET', receiptsUrl('/settings'))).data,
	saveSettings: async (retentionDays: number): Promise<ReceiptSettings> => (await ocsRequest<ReceiptSettings>('PUT', receiptsUrl('/settings'), { retentionDays })).data,
	/** The receipts as a CSV file (same filter as the list). */
	exportCsv: async (token?: string): Promise<Blob> => {
		try {
			const response = await axios.get<Blob>(receiptsUrl('/export' + query({ token })), {
				headers: { 'OCS-APIRequest': 'true' },
				responseType: 'blob',
			})
			return response.data
		} catch (error) {
			const status = (error as { response?: { status?: number } }).response?.status
			throw new OcsError(status ?? 0, status === undefined ? 'network' : '', '')
		}
	},
}

export type RetentionApi = typeof retentionApi
