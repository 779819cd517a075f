import type { Finding } from '../policy/checkRoom.ts'
import type { Violation } from '../policy/types.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Translated sentences for the policy engine's violation codes and checkRoom's findings.
 */
import { t } from '@nextcloud/l10n'
import { settingName } from './settingTexts.ts'

export function describeViolation(violation: Violation): string {
	const field = settingName(violation.field.split('.').pop() ?? violation.field)
	const extra = violation.params ?? {}
	const params = { field, min: extra.min ?? '?', max: extra.max ?? '?', value: extra.value ?? '' }
	switch (violation.code) {
		case 'required': return t('safe_meeting', '{field} is required.', params)
		case 'too-long': return t('safe_meeting', '{field} is too long (at most {max} characters).', params)
		case 'too-short': return t('safe_meeting', 'The password must have at least {min} characters.', params)
		case 'not-allowed': return t('safe_meeting', '{field}: this value is not allowed by your organisation.', params)
		case 'locked': return t('safe_meeting', '{field} is locked by your organisation and cannot be changed.', params)
		case 'out-of-range': return t('safe_meeting', '{field} must be between {min} and {max}.', params)
		case 'end-before-start': return t('safe_meeting', 'The end must be after the start.')
		case 'in-past': return t('safe_meeting', 'The start must not be in the past.')
		case 'guests-not-allowed': return t('safe_meeting', 'Your organisation does not allow guests in meetings.')
		case 'unknown-key': return t('safe_meeting', '{field} is not a known setting.', params)
		case 'loosens': return t('safe_meeting', '{field}: a group rule may only make the organisation policy stricter.', params)
		case 'wrong-type': return t('safe_meeting', '{field} has the wrong type.', params)
		case 'invalid':
			return extra.value !== undefined
				? t('safe_meeting', '{field}: "{value}" is not valid.', params)
				: t('safe_meeting', '{field} is not valid.', params)
	}
}

export function describeFinding(finding: Finding): string {
	switch (finding.code) {
		case 'room-type': return t('safe_meeting', 'The conversation type was changed.')
		case 'password': return t('safe_meeting', 'The guest link has no password.')
		case 'listable': return t('safe_meeting', 'The conversation is listed for other users, who can join without the password.')
		case 'lobby': return t('safe_meeting', 'The lobby is switched off.')
		case 'lobby-timer': return t('safe_meeting', 'A lobby timer opens the lobby without a moderator.')
		case 'chat-expiry': return t('safe_meeting', 'Chat messages are kept longer than planned.')
		case 'sip': return t('safe_meeting', 'Phone dial-in is switched on.')
		case 'recording': return t('safe_meeting', 'The meeting is being recorded.')
		case 'recording-consent': return t('safe_meeting', 'Participants are not asked for consent before a recording.')
		case 'privacy-notice': return t('safe_meeting', 'The privacy notice was removed from the description.')
	}
}
