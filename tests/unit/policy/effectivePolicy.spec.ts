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
			{ group: 'hr', settings: { guestAccess: { default: 'none', allowed: ['none'], locked: true } } },
			{ group: 'legal', settings: { chatExpiry: { default: 3600, allowed: [3600, 28800], locked: false }, fileRetentionDays: { default: 7, min: 1, max: 14, locked: true } } },
		]
	})

	it('applies nothing for a user in no rule group', () => {
		const result = effectivePolicy(policy, ['staff'])
		expect(result.settings).toEqual(policy.settings)
		expect(result.appliedGroups).toEqual([])
	})

	it('applies the rules of the user\'s groups, each setting at its strictest', () => {
		const result = effectivePolicy(policy, ['hr', 'legal'])
		expect(result.settings.guestAccess).toEqual({ default: 'none', allowed: ['none'], locked: true })
		expect(result.settings.chatExpiry).toEqual({ default: 3600, allowed: [3600, 28800], locked: false })
		expect(result.settings.fileRetentionDays).toEqual({ default: 7, min: 1, max: 14, locked: true })
		expect(result.appliedGroups).toEqual(['hr', 'legal'])
	})

	it('does not change the organisation policy it was given', () => {
		effectivePolicy(policy, ['hr'])
		expect(policy.settings.guestAccess.locked).toBe(false)
	})
})
