/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk's refusals as sentences: its reason decides before the HTTP status (RoomController answers
 * several reasons with the same status).
 */
import { describe, expect, it } from 'vitest'
import { OcsError } from '../../../src/api/ocs.ts'
import { describeTalkError } from '../../../src/talk/errors.ts'

describe('describeTalkError', () => {
	it.each([
		['conversation', 'Talk does not put this kind of conversation into a calendar.'],
		['calendar', 'Talk could not write to the chosen calendar. It may have been deleted, or you may no longer be allowed to add events to it.'],
		['email', 'Your account has no e-mail address, which a calendar invitation needs. You can add one in your personal settings.'],
		['start', 'The meeting has already started, and Talk only puts meetings into a calendar before they start.'],
		['end', 'Talk rejected the end time: it must be after the start.'],
	])('explains schedule-meeting\'s 400 %s', (reason, text) => {
		expect(describeTalkError(new OcsError(400, reason, ''))).toBe(text)
	})

	it.each([
		[404, 'invite', 'None of the participants could be invited.'],
		[404, 'new-participant', 'Talk could not add a participant: the account does not exist, or you may not invite it.'],
		[403, 'new-participant', 'Talk could not add a participant: the account does not exist, or you may not invite it.'],
		[403, 'permissions', 'You are not allowed to create conversations in Talk.'],
	])('takes the reason before the status: %i %s', (status, reason, text) => {
		expect(describeTalkError(new OcsError(status, reason, ''))).toBe(text)
	})

	it.each([
		[401, 'Your session has expired. Please log in again.'],
		[403, 'You are not allowed to do this in Talk.'],
		[404, 'The conversation was not found in Talk.'],
		[412, 'Talk refused the request because a precondition failed.'],
		[500, 'Talk had an internal error.'],
		[503, 'Talk had an internal error.'],
	])('falls back to the status %i for a reason it does not know', (status, text) => {
		expect(describeTalkError(new OcsError(status, 'something-new', ''))).toBe(text)
		expect(describeTalkError(new OcsError(status, '', ''))).toBe(text)
	})

	it('names an unknown reason of a status it has no sentence for', () => {
		expect(describeTalkError(new OcsError(400, 'something-new', ''))).toBe('Talk rejected the request (something-new).')
		expect(describeTalkError(new OcsError(400, '', ''))).toBe('Talk rejected the request (?).')
	})

	it('prefers Talk\'s own translated hint', () => {
		expect(describeTalkError(new OcsError(400, 'email', 'Talk says why'))).toBe('Talk says why')
	})
})
