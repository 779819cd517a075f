/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Translated sentences for the policy engine's violation codes and checkRoom's findings.
 */
import type { Finding } from '../policy/checkRoom.ts'
import type { SettingKey } from '../policy/settings.ts'
import type { Violation } from '../policy/types.ts'

import { t } from '@nextcloud/l10n'
import { SETTING_KEYS } from '../policy/settings.ts'
import { settingName, valueLabel } from './settingTexts.ts'

/**
 * A sentence that names the field and says what to do: range problems name the whole numbers to enter,
 * choice problems the weakest value still permitted.
 */
export function describeViolation(violation: Violation): string {
	const parts = violation.field.split('.')
	const setting = [...parts].reverse().find((part) => (SETTING_KEYS as string[]).includes(part)) as SettingKey | undefined
	const field = settingName(setting ?? parts[parts.length - 1] ?? violation.field)
	const extra = violation.params ?? {}
	const label = (value: string | number | undefined) => (value === undefined ? '' : setting === undefined ? String(value) : valueLabel(setting, value))
	const bounds = extra.min !== undefined && extra.max !== undefined ? { field, min: extra.min, max: extra.max } : null
	const params = { field, min: extra.min ?? '', max: extra.max ?? '', value: label(extra.value), limit: label(extra.limit) }
	switch (violation.code) {
		case 'required': return t('safe_meeting', '{field} is required.', params)
		case 'too-long': return t('safe_meeting', '{field} is too long (at most {max} characters).', params)
		case 'too-short': return t('safe_meeting', 'The password must have at least {min} characters.', params)
		case 'not-allowed': return extra.limit !== undefined
			? t('safe_meeting', '{field}: choose “{limit}” or something stricter.', params)
			: t('safe_meeting', '{field}: this value is not allowed by your organisation.', params)
		case 'locked': return extra.value !== undefined
			? t('safe_meeting', '{field} is locked by your organisation to “{value}”.', params)
			: t('safe_meeting', '{field} is locked by your organisation and cannot be changed.', params)
		case 'out-of-range': return bounds !== null
			? t('safe_meeting', '{field}: enter a whole number from {min} to {max}.', bounds)
			: t('safe_meeting', '{field} is out of range.', params)
		case 'empty': return bounds !== null
			? t('safe_meeting', '{field} is empty: enter a whole number from {min} to {max}.', bounds)
			: t('safe_meeting', '{field} is required.', params)
		case 'not-whole': return bounds !== null
			? t('safe_meeting', '{field} must be a whole number, without decimals, from {min} to {max}.', bounds)
			: t('safe_meeting', '{field} must be a whole number.', params)
		case 'end-before-start': return t('safe_meeting', 'The end must be after the start.')
		case 'in-past': return t('safe_meeting', 'The start must not be in the past.')
		case 'guests-not-allowed': return t('safe_meeting', 'Your organisation does not allow guests in meetings.')
		case 'unknown-key': return t('safe_meeting', '{field} is not a known setting.', params)
		case 'loosens':
			if (bounds !== null) {
				return t('safe_meeting', 'A group rule may only tighten {field}: enter a whole number from {min} to {max}.', bounds)
			}
			return extra.limit !== undefined
				? t('safe_meeting', 'A group rule may only tighten {field}: choose “{limit}” or something stricter.', params)
				: t('safe_meeting', 'A group rule cannot unlock {field}: the organisation locks it.', params)
		case 'wrong-type': return bounds !== null
			? t('safe_meeting', '{field} must be a number: enter a whole number from {min} to {max}.', bounds)
			: t('safe_meeting', '{field} has the wrong type.', params)
		case 'invalid':
			return extra.value !== undefined
				? t('safe_meeting', '{field}: “{value}” is not valid.', params)
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
		case 'password-mismatch': return t('safe_meeting', 'The password sent is not the guest password of the conversation.')
	}
}
