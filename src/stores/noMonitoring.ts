/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The "no monitoring" profile as the admin switches it: the switch shows what the server confirmed.
 */
import type { NoMonitoring } from '../api/types.ts'
import type { Failure } from './failure.ts'

import { defineStore } from 'pinia'
import { complianceApi } from '../api/compliance.ts'
import { confirmedWrite } from './confirmedWrite.ts'
import { toFailure } from './failure.ts'

export const useNoMonitoringStore = defineStore('noMonitoring', {
	state: () => ({
		profile: null as NoMonitoring | null,
		saving: false,
		failure: null as Failure | null,
	}),
	actions: {
		async load() {
			this.failure = null
			try {
				this.profile = await complianceApi.noMonitoring()
			} catch (error) {
				this.failure = toFailure(error)
			}
		},

		/** Confirms the admin's password, then switches; the switch only moves when the server did. */
		async setEnabled(enabled: boolean): Promise<boolean> {
			if (this.saving) {
				return false
			}
			this.saving = true
			this.failure = null
			const result = await confirmedWrite(() => complianceApi.setNoMonitoring(enabled))
			this.saving = false
			if (!result.ok) {
				this.failure = result.failure
				return false
			}
			this.profile = result.value
			return true
		},
	},
})
