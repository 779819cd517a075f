/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The invitation an organiser sends: what, when, where to join and where the privacy notice is.
 * It never contains the password (the type has no place for it): that goes on a second channel,
 * and the invitation says so only when the meeting has one (meetings with users only have none).
 */
import { t } from '@nextcloud/l10n'
import { AS_TEXT } from '../l10n/asText.ts'
import { formatDateTime } from '../utils/formatDateTime.ts'

export interface InvitationFacts {
	title: string
	/** Unix seconds. */
	start: number
	end: number
	meetingLink: string
	/** The organisation's full privacy notice, '' when it has none (the notice is then in the conversation). */
	privacyNoticeUrl: string
	/** Whether guests need a password (sent separately). */
	hasPassword: boolean
}

export function invitationText(facts: InvitationFacts): string {
	const lines = [
		facts.title,
		t('safe_meeting', 'When: {start} – {end}', { start: formatDateTime(facts.start), end: formatDateTime(facts.end) }, undefined, AS_TEXT),
		t('safe_meeting', 'Join: {link}', { link: facts.meetingLink }, undefined, AS_TEXT),
		facts.privacyNoticeUrl === ''
			? t('safe_meeting', 'Privacy notice: shown before you join.')
			: t('safe_meeting', 'Privacy notice: {link}', { link: facts.privacyNoticeUrl }, undefined, AS_TEXT),
	]
	if (facts.hasPassword) {
		lines.push(t('safe_meeting', 'You will receive the password for this meeting in a separate message.'))
	}
	return lines.join('\n')
}
