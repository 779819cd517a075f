/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { validatePolicy } from '../../../src/policy/validatePolicy.ts'
import { orgPolicy } from './builders.ts'

function verdict(input: unknown) {
	const result = validatePolicy(input)
	return result.ok ? [] : result.violations.map((v) => `${v.field}:${v.code}${v.params ? ' ' + JSON.stringify(v.params) : ''}`)
}

describe('validatePolicy', () => {
	it('accepts the built-in safe policy', () => {
		expect(verdict(orgPolicy())).toEqual([])
	})

	it('rejects unknown keys instead of ignoring them', () => {
		expect(verdict({ ...orgPolicy(), extra: 1 })).toEqual(['extra:unknown-key'])
		const policy = orgPolicy() as unknown as { settings: Record<string, unknown> }
		policy.settings.telemetry = { default: 'on', threshold: 'on', locked: false }
		expect(verdict(policy)).toEqual(['settings.telemetry:unknown-key'])
	})

	it('rejects wrong types, unknown values and a default weaker than the threshold, naming what to enter', () => {
		expect(verdict(orgPolicy((p) => { (p.settings.lobby as { locked: unknown }).locked = 'yes' }))).toEqual(['settings.lobby.locked:wrong-type'])
		expect(verdict(orgPolicy((p) => { p.settings.lobby.threshold = 'open' as never }))).toEqual(['settings.lobby.threshold:invalid'])
		expect(verdict(orgPolicy((p) => { p.settings.lobby = { default: 'until-start', threshold: 'moderated', locked: false } }))).toEqual(['settings.lobby.default:not-allowed {"limit":"moderated"}'])
		expect(verdict(orgPolicy((p) => { p.settings.fileRetentionDays.threshold = 5000 }))).toEqual(['settings.fileRetentionDays.threshold:out-of-range {"min":1,"max":3650}'])
		expect(verdict(orgPolicy((p) => { p.settings.fileRetentionDays.default = 95 }))).toEqual(['settings.fileRetentionDays.default:out-of-range {"min":1,"max":90}'])
		expect(verdict(orgPolicy((p) => { p.settings.fileRetentionDays.default = Number.NaN }))).toEqual(['settings.fileRetentionDays.default:empty {"min":1,"max":3650}'])
		expect(verdict(orgPolicy((p) => { p.settings.fileRetentionDays.default = 1.5 }))).toEqual(['settings.fileRetentionDays.default:not-whole {"min":1,"max":3650}'])
		expect(verdict(orgPolicy((p) => { p.privacyNotice.url = 'http://insecure.example' }))).toEqual(['privacyNotice.url:invalid'])
		expect(verdict('policy')).toEqual([':wrong-type'])
	})

	it('rejects a group rule that loosens the organisation policy, at the part that loosens', () => {
		expect(verdict(orgPolicy((p) => {
			p.groupRules = [{ group: 'hr', settings: { chatExpiry: { default: 3600, threshold: 0, locked: false } } }]
		}))).toEqual(['groupRules.0.settings.chatExpiry.threshold:loosens {"limit":2419200}'])
		expect(verdict(orgPolicy((p) => {
			p.groupRules = [{ group: 'hr', settings: { recording: { default: 'blocked', threshold: 'blocked', locked: false } } }]
		}))).toEqual(['groupRules.0.settings.recording.locked:loosens'])
		expect(verdict(orgPolicy((p) => {
			p.groupRules = [{ group: 'hr', settings: { passwordMinLength: { default: 14, threshold: 12, locked: false } } }]
		}))).toEqual(['groupRules.0.settings.passwordMinLength.default:loosens {"min":16,"max":128}'])
	})

	it('accepts a group rule that only tightens, and refuses duplicate groups', () => {
		const tight = { guestAccess: { default: 'none' as const, threshold: 'none' as const, locked: true } }
		expect(verdict(orgPolicy((p) => { p.groupRules = [{ group: 'hr', settings: tight }] }))).toEqual([])
		expect(verdict(orgPolicy((p) => { p.groupRules = [{ group: 'hr', settings: tight }, { group: 'hr', settings: {} }] }))).toEqual(['groupRules.1.group:invalid'])
	})
})
