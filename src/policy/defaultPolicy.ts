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
			guestAccess: { default: 'password', allowed: ['none', 'password'], locked: false },
			passwordMinLength: { default: 16, min: 12, max: 128, locked: false },
			lobby: { default: 'moderated', allowed: ['moderated', 'until-start'], locked: false },
			autoLock: { default: 'off', allowed: ['when-all-joined', 'minutes-after-start', 'off'], locked: false },
			autoLockMinutes: { default: 10, min: 1, max: 120, locked: false },
			recording: { default: 'blocked', allowed: ['blocked'], locked: true },
			sipDialIn: { default: 'off', allowed: ['off'], locked: true },
			chatExpiry: { default: 604800, allowed: [3600, 28800, 86400, 604800, 2419200], locked: false },
			fileRetentionDays: { default: 30, min: 1, max: 90, locked: false },
			meetingRetentionDays: { default: 30, min: 1, max: 180, locked: false },
		},
		privacyNotice: {
			text: 'This meeting is processed on our own Nextcloud server. It is not recorded; chat messages and shared files are deleted automatically after the retention period.',
			url: '',
			version: '1',
		},
		groupRules: [],
	}
}
