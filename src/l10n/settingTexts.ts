import type { SettingKey } from '../policy/settings.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Translated names of policy settings and their values, shared by the wizard, the review and the admin editor.
 */
import { n, t } from '@nextcloud/l10n'

export function settingName(key: SettingKey | 'privacyNotice' | string): string {
	switch (key) {
		case 'guestAccess': return t('safe_meeting', 'Guest access')
		case 'passwordMinLength': return t('safe_meeting', 'Minimum password length')
		case 'lobby': return t('safe_meeting', 'Lobby')
		case 'autoLock': return t('safe_meeting', 'Automatic lock')
		case 'autoLockMinutes': return t('safe_meeting', 'Lock after (minutes)')
		case 'recording': return t('safe_meeting', 'Recording')
		case 'sipDialIn': return t('safe_meeting', 'Phone dial-in')
		case 'chatExpiry': return t('safe_meeting', 'Chat messages expire after')
		case 'fileRetentionDays': return t('safe_meeting', 'Shared files are kept for (days)')
		case 'meetingRetentionDays': return t('safe_meeting', 'Meeting is deleted after its end (days)')
		case 'bots': return t('safe_meeting', 'Bots')
		case 'guestWindowMinutes': return t('safe_meeting', 'Guests may join before the start (minutes)')
		case 'requirePrivacyNotice': return t('safe_meeting', 'Privacy notice acknowledgement')
		case 'privacyNotice': return t('safe_meeting', 'Privacy notice')
		case 'title': return t('safe_meeting', 'Title')
		case 'description': return t('safe_meeting', 'Description')
		case 'start': return t('safe_meeting', 'Start')
		case 'end': return t('safe_meeting', 'End')
		case 'emails': return t('safe_meeting', 'Guests by e-mail')
		case 'password': return t('safe_meeting', 'Password')
		default: return key
	}
}

export function valueLabel(key: SettingKey, value: string | number): string {
	switch (`${key}:${value}`) {
		case 'guestAccess:none': return t('safe_meeting', 'No guests')
		case 'guestAccess:password': return t('safe_meeting', 'Guests with password')
		case 'lobby:moderated': return t('safe_meeting', 'Moderators admit everyone')
		case 'lobby:until-start': return t('safe_meeting', 'Lobby opens at the start time')
		case 'autoLock:when-all-joined': return t('safe_meeting', 'When all invitees have joined')
		case 'autoLock:minutes-after-start': return t('safe_meeting', 'Some minutes after the call starts')
		case 'autoLock:off': return t('safe_meeting', 'Off')
		case 'recording:blocked': return t('safe_meeting', 'Blocked')
		case 'recording:with-consent': return t('safe_meeting', 'Allowed with consent')
		case 'sipDialIn:off': return t('safe_meeting', 'Off')
		case 'sipDialIn:allowed': return t('safe_meeting', 'Allowed')
		case 'bots:off': return t('safe_meeting', 'Off')
		case 'bots:allowed': return t('safe_meeting', 'Allowed')
		case 'requirePrivacyNotice:required': return t('safe_meeting', 'Participants must confirm it')
		case 'requirePrivacyNotice:optional': return t('safe_meeting', 'Shown, no confirmation')
	}
	if (key === 'chatExpiry') {
		return expiryLabel(Number(value))
	}
	if (key === 'fileRetentionDays' || key === 'meetingRetentionDays') {
		return n('safe_meeting', '%n day', '%n days', Number(value))
	}
	if (key === 'passwordMinLength') {
		return n('safe_meeting', '%n character', '%n characters', Number(value))
	}
	if (key === 'autoLockMinutes' || key === 'guestWindowMinutes') {
		return n('safe_meeting', '%n minute', '%n minutes', Number(value))
	}
	return String(value)
}

export function expiryLabel(seconds: number): string {
	if (seconds === 0) {
		return t('safe_meeting', 'Never')
	}
	if (seconds % 86400 === 0) {
		return seconds % 604800 === 0
			? n('safe_meeting', '%n week', '%n weeks', seconds / 604800)
			: n('safe_meeting', '%n day', '%n days', seconds / 86400)
	}
	return n('safe_meeting', '%n hour', '%n hours', Math.round(seconds / 3600))
}
