/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { t } from '@nextcloud/l10n'
import { OcsError } from '../api/ocs.ts'
import { AS_TEXT } from '../l10n/asText.ts'

/**
 * A user-facing sentence for a failed Talk request: Talk's own hint, else its reason (the same
 * status carries different reasons, e.g. 404 `invite` and 404 `new-participant`), else the status.
 */
export function describeTalkError(error: unknown): string {
	if (!(error instanceof OcsError) || error.status === 0) {
		return t('safe_meeting', 'The server could not be reached. Please check your connection and try again.')
	}
	if (error.hint !== '') {
		return error.hint
	}
	return reasonText(error.reason)
		?? statusText(error.status)
		?? t('safe_meeting', 'Talk rejected the request ({reason}).', { reason: error.reason || '?' }, undefined, AS_TEXT)
}

function statusText(status: number): string | null {
	switch (status) {
		case 401:
			return t('safe_meeting', 'Your session has expired. Please log in again.')
		case 403:
			return t('safe_meeting', 'You are not allowed to do this in Talk.')
		case 404:
			return t('safe_meeting', 'The conversation was not found in Talk.')
		case 412:
			return t('safe_meeting', 'Talk refused the request because a precondition failed.')
	}
	return status >= 500 ? t('safe_meeting', 'Talk had an internal error.') : null
}

function reasonText(reason: string): string | null {
	switch (reason) {
		case 'password':
			return t('safe_meeting', 'Talk rejected the password.')
		// createRoom, 404: none of the invitees exists or may be reached.
		case 'invite':
			return t('safe_meeting', 'None of the participants could be invited.')
		// addParticipantToRoom, 404 or 403: the user does not exist or may not be reached by you.
		case 'new-participant':
			return t('safe_meeting', 'Talk could not add a participant: the account does not exist, or you may not invite it.')
		// createRoom, 403: the administrator limits who may create conversations or use Talk.
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
		// scheduleMeeting, 400: the refusals of the calendar event.
		case 'conversation':
			return t('safe_meeting', 'Talk does not put this kind of conversation into a calendar.')
		case 'calendar':
			return t('safe_meeting', 'Talk could not write to the chosen calendar. It may have been deleted, or you may no longer be allowed to add events to it.')
		case 'email':
			return t('safe_meeting', 'Your account has no e-mail address, which a calendar invitation needs. You can add one in your personal settings.')
		case 'start':
			return t('safe_meeting', 'The meeting has already started, and Talk only puts meetings into a calendar before they start.')
		case 'end':
			return t('safe_meeting', 'Talk rejected the end time: it must be after the start.')
		default:
			return null
	}
}
