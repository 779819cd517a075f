/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Translated words for the compliance centre: statuses, the authorities behind a criterion, failures.
 */
import type { ComplianceCriterion } from '../../api/types.ts'
import type { Failure } from '../../stores/failure.ts'

import { t } from '@nextcloud/l10n'

export function statusText(status: ComplianceCriterion['status']): string {
	switch (status) {
		case 'holds': return t('safe_meeting', 'Holds')
		case 'fails': return t('safe_meeting', 'Does not hold')
		case 'unreadable': return t('safe_meeting', 'Cannot be read')
	}
}

export function sourcesText(sources: ComplianceCriterion['sources']): string {
	switch (sources) {
		case 'B': return t('safe_meeting', 'Checked by the Berlin data protection authority (BlnBDI)')
		case 'D': return t('safe_meeting', 'Checked by the German data protection conference (DSK)')
		case 'B+D': return t('safe_meeting', 'Checked by BlnBDI and DSK')
	}
}

/** A sentence for a failed request; the server's own translated message wins. */
export function describeFailure(failure: Failure): string {
	if (failure.message !== '') {
		return failure.message
	}
	switch (failure.kind) {
		case 'password': return t('safe_meeting', 'Your password was not confirmed, so nothing was changed.')
		case 'forbidden': return t('safe_meeting', 'Only administrators can see and change the compliance of this server.')
		case 'network': return t('safe_meeting', 'The server could not be reached. Please check your connection and try again.')
		case 'server': return t('safe_meeting', 'The server could not answer. Please try again.')
	}
}
