/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { LockState } from '../../../src/api/types.ts'
import type { RegisteredPlan } from '../../../src/policy/validatePlan.ts'

import { describe, expect, it } from 'vitest'
import { OcsError } from '../../../src/api/ocs.ts'
import { describeAutoLock, describeLock, describeLockError, describeRefusals } from '../../../src/l10n/lockTexts.ts'
import { formatDateTime } from '../../../src/utils/formatDateTime.ts'

const OPEN: LockState = { locked: false, lockedAt: null, lockedBy: null, reason: null, refusedJoins: 0, callStartedAt: null }
const AT = 1893456600
const plan = (autoLock: string, autoLockMinutes = 10) => ({ settings: { autoLock, autoLockMinutes } }) as unknown as RegisteredPlan

describe('lock texts', () => {
	it.each([
		[OPEN, 'Open: newcomers can join.'],
		[{ ...OPEN, locked: true, lockedAt: AT, lockedBy: 'alice', reason: 'moderator' }, `Locked by alice at ${formatDateTime(AT)}.`],
		[{ ...OPEN, locked: true, lockedAt: AT, lockedBy: null, reason: 'moderator' }, `Locked at ${formatDateTime(AT)}.`],
		[{ ...OPEN, locked: true, lockedAt: AT, reason: 'all-joined' }, `Locked automatically at ${formatDateTime(AT)}: everyone invited had joined.`],
		[{ ...OPEN, locked: true, lockedAt: AT, reason: 'minutes-after-start' }, `Locked automatically at ${formatDateTime(AT)}, as planned.`],
		[{ ...OPEN, locked: true, lockedAt: AT, lockedBy: 'alice', reason: 'ended' }, `Call ended and locked at ${formatDateTime(AT)}.`],
	] as [LockState, string][])('describes the lock %#', (lock, text) => {
		expect(describeLock(lock)).toBe(text)
	})

	it('says what the plan\'s auto-lock does', () => {
		expect(describeAutoLock(plan('off'), OPEN)).toBe('Auto-lock: off. Lock the meeting yourself once everyone is in.')
		expect(describeAutoLock(plan('when-all-joined'), OPEN)).toBe('Auto-lock: when everyone invited has joined.')
		expect(describeAutoLock(plan('minutes-after-start', 1), OPEN)).toBe('Auto-lock: 1 minute after the call starts.')
		expect(describeAutoLock(plan('minutes-after-start', 15), OPEN)).toBe('Auto-lock: 15 minutes after the call starts.')
		expect(describeAutoLock(plan('minutes-after-start', 15), { ...OPEN, callStartedAt: AT })).toBe(`Auto-lock: at ${formatDateTime(AT + 900)} (15 min after the call started).`)
	})

	it('counts refusals without names', () => {
		expect(describeRefusals(0)).toBe('Nobody has been refused.')
		expect(describeRefusals(1)).toBe('1 join attempt was refused.')
		expect(describeRefusals(4)).toBe('4 join attempts were refused.')
	})

	it('explains failures, preferring the server\'s own words', () => {
		expect(describeLockError(new OcsError(409, '', 'This person is a participant already and can join.'))).toBe('This person is a participant already and can join.')
		expect(describeLockError(new OcsError(429, '', ''))).toBe('Too many attempts. Please wait a few minutes.')
		expect(describeLockError(new OcsError(500, '', ''))).toBe('That did not work (error 500). Please try again.')
		expect(describeLockError(new TypeError('offline'))).toContain('could not be reached')
	})
})
