/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { invitationText } from '../../../src/services/invitation.ts'
import { formatDateTime } from '../../../src/utils/formatDateTime.ts'

const facts = {
	title: 'R&D <weekly>',
	start: 1893456000,
	end: 1893459600,
	meetingLink: 'https://cloud.example.org/index.php/apps/safe_meeting/m/abcd1234',
	privacyNoticeUrl: 'https://example.org/privacy',
	hasPassword: true,
}

describe('invitationText', () => {
	it('gives title, time, the meeting link, the privacy notice and says the password follows separately', () => {
		expect(invitationText(facts).split('\n')).toEqual([
			'R&D <weekly>',
			`When: ${formatDateTime(facts.start)} – ${formatDateTime(facts.end)}`,
			'Join: https://cloud.example.org/index.php/apps/safe_meeting/m/abcd1234',
			'Privacy notice: https://example.org/privacy',
			'You will receive the password for this meeting in a separate message.',
		])
	})

	it('says nothing about a password when the meeting has none (users only)', () => {
		const lines = invitationText({ ...facts, hasPassword: false }).split('\n')
		expect(lines).toHaveLength(4)
		expect(lines.at(-1)).toBe('Privacy notice: https://example.org/privacy')
		expect(lines.join('\n')).not.toContain('password')
	})

	it('says where the privacy notice is when the organisation has no link for it', () => {
		expect(invitationText({ ...facts, privacyNoticeUrl: '' })).toContain('Privacy notice: shown before you join.')
	})

	it('never carries a password, even if one is passed along', () => {
		const password = 'Kx9-secret-Password-42'
		expect(invitationText({ ...facts, password } as never)).not.toContain(password)
	})
})
