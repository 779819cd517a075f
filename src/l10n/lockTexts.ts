/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Sentences about a meeting's lock, for moderators: its state, what the plan will do, refusals.
 */
import type { LockState } from '../api/types.ts'
import type { SettingValues } from '../policy/settings.ts'

import { n, t } from '@nextcloud/l10n'
import { OcsError } from '../api/ocs.ts'
import { formatDateTime } from '../utils/formatDateTime.ts'
import { AS_TEXT } from './asText.ts'

/** "Locked by alice at …", "Open: anybody with the link and password can join". */
export function describeLock(lock: LockState): string {
	if (!lock.locked) {
		return t('safe_meeting', 'Open: newcomers can join.')
	}
	const at = formatDateTime(lock.lockedAt ?? Number.NaN)
	switch (lock.reason) {
		case 'all-joined': return t('safe_meeting', 'Locked automatically at {time}: everyone invited had joined.', { time: at })
		case 'minutes-after-start': return t('safe_meeting', 'Locked automatically at {time}, as planned.', { time: at })
		case 'ended': return t('safe_meeting', 'Call ended and locked at {time}.', { time: at })
		default: return lock.lockedBy === null
			? t('safe_meeting', 'Locked at {time}.', { time: at })
			: t('safe_meeting', 'Locked by {user} at {time}.', { user: lock.lockedBy, time: at }, undefined, AS_TEXT)
	}
}

/**
 * What the plan's auto-lock does (or did) for this meeting. Reads only the two settings it needs: stored
 * plans may lack settings added after they were registered.
 */
export function describeAutoLock(plan: { settings: Pick<SettingValues, 'autoLock' | 'autoLockMinutes'> }, lock: LockState): string {
	const minutes = plan.settings.autoLockMinutes
	switch (plan.settings.autoLock) {
		case 'when-all-joined':
			return t('safe_meeting', 'Auto-lock: when everyone invited has joined.')
		case 'minutes-after-start':
			return lock.callStartedAt === null
				? n('safe_meeting', 'Auto-lock: %n minute after the call starts.', 'Auto-lock: %n minutes after the call starts.', minutes)
				: t('safe_meeting', 'Auto-lock: at {time} ({minutes} min after the call started).', { time: formatDateTime(lock.callStartedAt + minutes * 60), minutes })
		default:
			return t('safe_meeting', 'Auto-lock: off. Lock the meeting yourself once everyone is in.')
	}
}

export function describeRefusals(count: number): string {
	return count === 0
		? t('safe_meeting', 'Nobody has been refused.')
		: n('safe_meeting', '%n join attempt was refused.', '%n join attempts were refused.', count)
}

/** Why an action failed, from our server's own translated message when it sent one. */
export function describeLockError(error: unknown): string {
	if (!(error instanceof OcsError) || error.status === 0) {
		return t('safe_meeting', 'The server could not be reached. Please check your connection and try again.')
	}
	if (error.hint !== '') {
		return error.hint
	}
	return error.status === 429
		? t('safe_meeting', 'Too many attempts. Please wait a few minutes.')
		: t('safe_meeting', 'That did not work (error {status}). Please try again.', { status: error.status })
}
