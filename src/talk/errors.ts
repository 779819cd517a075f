/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { t } from '@nextcloud/l10n'
import { OcsError } from '../api/ocs.ts'
import { AS_TEXT } from '../l10n/asText.ts'

/**
 * A user-facing sentence for a failed Talk request.
 */
export function describeTalkError(error: unknown): string {
	if (!(error instanceof OcsError) || error.status === 0) {
		return t('safe_meeting', 'The server could not be reached. Please check your connection and try again.')
	}
	if (error.hint !== '') {
		return error.hint
	}
	switch (error.status) {
		case 401:
			return t('safe_meeting', 'Your session has expired. Please log in again.')
		case 403:
			return t('safe_meeting', 'You are not allowed to do this in Talk.')
		case 404:
			return t('safe_meeting', 'The conversation was not found in Talk.')
		case 412:
			return t('safe_meeting', 'Talk refused the request because a precondition failed.')
	}
	if (error.status >= 500) {
		return t('safe_meeting', 'Talk had an internal error.')
	}
	return reasonText(error.reason)
}

function reasonText(reason: string): string {
	switch (reason) {
		case 'password':
			return t('safe_meeting', 'Talk rejected the password.')
		case 'invite':
			return t('safe_meeting', 'None of the participants could be invited.')
		case 'permissions':
			return t('safe_meeting', 'You are not allowed to create conversations in Talk.')
		case 'name':
			return t('safe_meeting', 'Talk rejected the meeting title.')
		case 'description':
			return t('safe_meeting', 'Talk rejected the description (it may be too long).')
		case 'lobby':
		case 'lobby-timer':
			return t('safe_meeting', 'Talk rejected the lobby setting.')
		case 'message-expiration':
			return t('safe_meeting', 'Talk rejected the chat expiry.')
		case 'sip-enabled':
			return t('safe_meeting', 'Talk rejected the dial-in setting.')
		case 'recording-consent':
			return t('safe_meeting', 'Talk rejected the recording consent setting.')
		// Talk 24+: an administrator fixed this setting for all conversations.
		case 'forced':
			return t('safe_meeting', 'Your administrator has fixed this setting in Talk, so it cannot be changed.')
		// Talk 24+: conversations of calendar events keep their name and description.
		case 'event':
			return t('safe_meeting', 'Talk does not allow this change in a conversation that belongs to a calendar event.')
		case 'existing-room':
			return t('safe_meeting', 'Talk returned a conversation that already existed instead of creating a new one. Nothing was changed; please try again.')
		default:
			return t('safe_meeting', 'Talk rejected the request ({reason}).', { reason: reason || '?' }, undefined, AS_TEXT)
	}
}
