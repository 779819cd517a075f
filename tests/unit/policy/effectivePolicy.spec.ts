/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { effectivePolicy } from '../../../src/policy/effectivePolicy.ts'
import { orgPolicy } from './builders.ts'

describe('effectivePolicy', () => {
	const policy = orgPolicy((p) => {
		p.groupRules = [
			{ group: 'hr', settings: { guestAccess: { default: 'none', threshold: 'none', locked: true } } },
			{ group: 'legal', settings: { chatExpiry: { default: 3600, threshold: 28800, locked: false }, fileRetentionDays: { default: 7, threshold: 14, locked: true } } },
		]
	})

	it('applies nothing for a user in no rule group', () => {
		const result = effectivePolicy(policy, ['staff'])
		expect(result.settings).toEqual(policy.settings)
		expect(result.appliedGroups).toEqual([])
	})

	it('applies the rules of the user\'s groups, each setting at its strictest', () => {
		const result = effectivePolicy(policy, ['hr', 'legal'])
		expect(result.settings.guestAccess).toEqual({ default: 'none', threshold: 'none', locked: true })
		expect(result.settings.chatExpiry).toEqual({ default: 3600, threshold: 28800, locked: false })
		expect(result.settings.fileRetentionDays).toEqual({ default: 7, threshold: 14, locked: true })
		expect(result.appliedGroups).toEqual(['hr', 'legal'])
	})

	it('keeps the stricter default and the lock of two contradicting locked rules, in either order', () => {
		const contradicting = orgPolicy((p) => {
			p.settings.chatExpiry = { default: 28800, threshold: 0, locked: false }
			p.groupRules = [
				{ group: 'g1', settings: { chatExpiry: { default: 3600, threshold: 0, locked: true } } },
				{ group: 'g2', settings: { chatExpiry: { default: 28800, threshold: 0, locked: true } } },
			]
		})
		const reversed = { ...contradicting, groupRules: [...contradicting.groupRules].reverse() }
		expect(effectivePolicy(contradicting, ['g1', 'g2']).settings.chatExpiry).toEqual({ default: 3600, threshold: 0, locked: true })
		expect(effectivePolicy(reversed, ['g2', 'g1'])).toEqual(effectivePolicy(contradicting, ['g1', 'g2']))
	})

	it('does not change the organisation policy it was given', () => {
		effectivePolicy(policy, ['hr'])
		expect(policy.settings.guestAccess.locked).toBe(false)
	})
})
