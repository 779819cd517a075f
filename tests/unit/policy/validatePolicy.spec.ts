/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { validatePolicy } from '../../../src/policy/validatePolicy.ts'
import { orgPolicy } from './builders.ts'

function verdict(input: unknown) {
	const result = validatePolicy(input)
	return result.ok ? [] : result.violations.map((v) => `${v.field}:${v.code}`)
}

describe('validatePolicy', () => {
	it('accepts the built-in safe policy', () => {
		expect(verdict(orgPolicy())).toEqual([])
	})

	it('rejects unknown keys instead of ignoring them', () => {
		expect(verdict({ ...orgPolicy(), extra: 1 })).toEqual(['extra:unknown-key'])
		const policy = orgPolicy() as unknown as { settings: Record<string, unknown> }
		policy.settings.telemetry = { default: 'on', allowed: ['on'], locked: false }
		expect(verdict(policy)).toEqual(['settings.telemetry:unknown-key'])
	})

	it('rejects wrong types, unknown values and inconsistent rules', () => {
		expect(verdict(orgPolicy((p) => { (p.settings.lobby as { locked: unknown }).locked = 'yes' }))).toEqual(['settings.lobby.locked:wrong-type'])
		expect(verdict(orgPolicy((p) => { p.settings.lobby.allowed = ['moderated', 'open' as never] }))).toEqual(['settings.lobby.allowed:invalid'])
		expect(verdict(orgPolicy((p) => { p.settings.lobby = { default: 'until-start', allowed: ['moderated'], locked: false } }))).toEqual(['settings.lobby.default:not-allowed'])
		expect(verdict(orgPolicy((p) => { p.settings.fileRetentionDays.max = 5000 }))).toEqual(['settings.fileRetentionDays.max:out-of-range'])
		expect(verdict(orgPolicy((p) => { p.settings.fileRetentionDays.default = 95 }))).toEqual(['settings.fileRetentionDays.default:out-of-range'])
		expect(verdict(orgPolicy((p) => { p.privacyNotice.url = 'http://insecure.example' }))).toEqual(['privacyNotice.url:invalid'])
		expect(verdict('policy')).toEqual([':wrong-type'])
	})

	it('rejects a group rule that loosens the organisation policy', () => {
		expect(verdict(orgPolicy((p) => {
			p.groupRules = [{ group: 'hr', settings: { chatExpiry: { default: 0, allowed: [0, 3600], locked: false } } }]
		}))).toEqual(['groupRules.0.settings.chatExpiry:loosens'])
		expect(verdict(orgPolicy((p) => {
			p.groupRules = [{ group: 'hr', settings: { recording: { default: 'blocked', allowed: ['blocked'], locked: false } } }]
		}))).toEqual(['groupRules.0.settings.recording:loosens'])
	})

	it('accepts a group rule that only tightens, and refuses duplicate groups', () => {
		const tight = { guestAccess: { default: 'none' as const, allowed: ['none' as const], locked: true } }
		expect(verdict(orgPolicy((p) => { p.groupRules = [{ group: 'hr', settings: tight }] }))).toEqual([])
		expect(verdict(orgPolicy((p) => { p.groupRules = [{ group: 'hr', settings: tight }, { group: 'hr', settings: {} }] }))).toEqual(['groupRules.1.group:invalid'])
	})
})
