/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { planMeeting } from '../../../src/policy/planMeeting.ts'
import { choices, effective, NOW } from './builders.ts'

const codes = (result: ReturnType<typeof planMeeting>) => (result.ok ? [] : result.violations.map((v) => `${v.field}:${v.code}`))

describe('planMeeting', () => {
	it('plans a private meeting with the policy defaults and the safe Talk settings', () => {
		const result = planMeeting(effective(), choices(), NOW)
		expect(result.ok).toBe(true)
		if (!result.ok) { return }
		expect(result.plan.talk).toEqual({ roomType: 2, listable: 0, lobbyState: 1, lobbyTimer: null, messageExpiration: 604800, sipEnabled: 0, recordingConsent: 1 })
		expect(result.plan.settings.guestAccess).toBe('none')
		expect(result.plan.description).toContain('Quarterly figures')
		expect(result.plan.description).toContain(effective().privacyNotice.text)
	})

	it('makes a meeting with guests public and requires a long enough password', () => {
		expect(codes(planMeeting(effective(), choices({ guestLink: true, password: 'short' }), NOW))).toEqual(['password:too-short'])
		const result = planMeeting(effective(), choices({ emails: ['Guest@Example.org '], password: 'x'.repeat(16) }), NOW)
		expect(result.ok && result.plan.talk.roomType).toBe(3)
		expect(result.ok && result.plan.participants.emails).toEqual(['guest@example.org'])
	})

	it('rejects guests when the organisation allows none', () => {
		const policy = effective((p) => { p.settings.guestAccess = { default: 'none', threshold: 'none', locked: true } })
		expect(codes(planMeeting(policy, choices({ guestLink: true, password: 'x'.repeat(20) }), NOW))).toEqual(['guestAccess:guests-not-allowed'])
		expect(planMeeting(policy, choices(), NOW).ok).toBe(true)
	})

	it('rejects a value the policy does not allow and a change to a locked setting', () => {
		expect(codes(planMeeting(effective(), choices({ settings: { chatExpiry: 0 } }), NOW))).toEqual(['chatExpiry:not-allowed'])
		expect(codes(planMeeting(effective(), choices({ settings: { recording: 'with-consent' } }), NOW))).toEqual(['recording:locked'])
		expect(codes(planMeeting(effective(), choices({ settings: { fileRetentionDays: 400 } }), NOW))).toEqual(['fileRetentionDays:out-of-range'])
		expect(codes(planMeeting(effective(), choices({ settings: { fileRetentionDays: 1.5 } }), NOW))).toEqual(['fileRetentionDays:not-whole'])
		expect(codes(planMeeting(effective(), choices({ settings: { fileRetentionDays: Number.NaN } }), NOW))).toEqual(['fileRetentionDays:empty'])
	})

	it('names the bounds a range value must keep', () => {
		const result = planMeeting(effective(), choices({ settings: { fileRetentionDays: 400, guestWindowMinutes: -1 } }), NOW)
		expect(result.ok ? [] : result.violations).toEqual([
			{ field: 'fileRetentionDays', code: 'out-of-range', params: { min: 1, max: 90 } },
			{ field: 'guestWindowMinutes', code: 'out-of-range', params: { min: 0, max: 120 } },
		])
	})

	it('accepts every value at least as strict as the threshold, including ones stricter than any default', () => {
		const policy = effective((p) => { p.settings.chatExpiry = { default: 86400, threshold: 86400, locked: false } })
		for (const chatExpiry of [3600, 28800, 86400] as const) {
			expect(planMeeting(policy, choices({ settings: { chatExpiry } }), NOW).ok).toBe(true)
		}
		expect(codes(planMeeting(policy, choices({ settings: { chatExpiry: 604800 } }), NOW))).toEqual(['chatExpiry:not-allowed'])
	})

	it('accepts a stricter choice than the default', () => {
		const result = planMeeting(effective(), choices({ settings: { chatExpiry: 3600, meetingRetentionDays: 1 } }), NOW)
		expect(result.ok && result.plan.talk.messageExpiration).toBe(3600)
	})

	it('sets the lobby timer to the start when the lobby opens at the start time', () => {
		const result = planMeeting(effective(), choices({ settings: { lobby: 'until-start' } }), NOW)
		expect(result.ok && result.plan.talk.lobbyTimer).toBe(NOW + 3600)
	})

	it('checks title, times and e-mail addresses', () => {
		expect(codes(planMeeting(effective(), choices({ title: '  ', start: NOW - 3600, end: NOW - 7200, emails: ['not-an-address'], password: 'x'.repeat(20) }), NOW)))
			.toEqual(['title:required', 'start:in-past', 'end:end-before-start', 'emails:invalid'])
		expect(codes(planMeeting(effective(), choices({ title: 'x'.repeat(256) }), NOW))).toEqual(['title:too-long'])
		expect(codes(planMeeting(effective(), choices({ description: 'x'.repeat(2000) }), NOW))).toEqual(['description:too-long'])
	})
})
