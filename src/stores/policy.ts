import type { EffectivePolicy } from '../policy/types.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { loadState } from '@nextcloud/initial-state'
import { defineStore } from 'pinia'
import { defaultPolicy } from '../policy/defaultPolicy.ts'
import { effectivePolicy } from '../policy/effectivePolicy.ts'

/** The current user's effective policy: delivered by the server with the page, else the built-in safe one. */
export const usePolicyStore = defineStore('policy', {
	state: () => ({
		policy: loadState<EffectivePolicy | null>('safe_meeting', 'policy', null) ?? effectivePolicy(defaultPolicy(), []),
	}),
})
