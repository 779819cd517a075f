/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { t } from '@nextcloud/l10n'
import { OcsError } from '../api/ocs.ts'

/**
 * A failed request in one sentence: the server's own translated message where it sent one.
 */
export function requestFailure(error: unknown): string {
	if (error instanceof OcsError) {
		if (error.status === 0) {
			return t('safe_meeting', 'The server could not be reached. Please try again.')
		}
		if (error.hint !== '') {
			return error.hint
		}
		if (error.status === 429) {
			return t('safe_meeting', 'Too many requests. Please wait a few minutes and try again.')
		}
		return t('safe_meeting', 'The request failed (error {status}). Please try again.', { status: error.status })
	}
	return t('safe_meeting', 'Something went wrong. Please try again.')
}
