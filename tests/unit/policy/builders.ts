/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { MeetingChoices } from '../../../src/policy/plan.ts'
import type { EffectivePolicy, OrganisationPolicy } from '../../../src/policy/types.ts'

import { defaultPolicy } from '../../../src/policy/defaultPolicy.ts'
import { effectivePolicy } from '../../../src/policy/effectivePolicy.ts'

export const NOW = 1_800_000_000

export function orgPolicy(change: (policy: OrganisationPolicy) => void = () => {}): OrganisationPolicy {
	const policy = defaultPolicy()
	change(policy)
	return policy
}

export function effective(change: (policy: OrganisationPolicy) => void = () => {}): EffectivePolicy {
	return effectivePolicy(orgPolicy(change), [])
}

export function choices(overrides: Partial<MeetingChoices> = {}): MeetingChoices {
	return {
		title: 'Board meeting',
		description: 'Quarterly figures',
		start: NOW + 3600,
		end: NOW + 7200,
		users: ['alice'],
		emails: [],
		guestLink: false,
		password: '',
		settings: {},
		...overrides,
	}
}
