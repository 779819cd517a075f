/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The built-in safe policy, used on a fresh install and whenever no policy is delivered.
 * Mirrored by lib/Policy/DefaultPolicy.php (checked by the shared fixtures).
 */
import type { OrganisationPolicy } from './types.ts'

export function defaultPolicy(): OrganisationPolicy {
	return {
		settings: {
			guestAccess: { default: 'password', threshold: 'password', locked: false },
			passwordMinLength: { default: 16, threshold: 12, locked: false },
			lobby: { default: 'moderated', threshold: 'until-start', locked: false },
			autoLock: { default: 'when-all-joined', threshold: 'off', locked: false },
			autoLockMinutes: { default: 10, threshold: 120, locked: false },
			recording: { default: 'blocked', threshold: 'blocked', locked: true },
			sipDialIn: { default: 'off', threshold: 'off', locked: true },
			chatExpiry: { default: 604800, threshold: 2419200, locked: false },
			fileRetentionDays: { default: 30, threshold: 90, locked: false },
			meetingRetentionDays: { default: 30, threshold: 180, locked: false },
			bots: { default: 'off', threshold: 'allowed', locked: false },
			guestWindowMinutes: { default: 30, threshold: 120, locked: false },
			requirePrivacyNotice: { default: 'optional', threshold: 'optional', locked: false },
		},
		privacyNotice: {
			text: 'This meeting is processed on our own Nextcloud server. It is not recorded; chat messages and shared files are deleted automatically after the retention period.',
			url: '',
			version: '1',
		},
		groupRules: [],
	}
}
