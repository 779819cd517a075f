/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { getCanonicalLocale } from '@nextcloud/l10n'

/**
 * Unix seconds as a date and time in the user's Nextcloud locale.
 */
export function formatDateTime(seconds: number): string {
	if (!Number.isFinite(seconds)) {
		return '—'
	}
	return new Intl.DateTimeFormat(getCanonicalLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(seconds * 1000))
}
