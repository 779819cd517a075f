/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The compliance report as the admin sees it: loading, and applying a fix (password confirmed first);
 * a criterion only changes when the server answered with its new state.
 */
import type { ComplianceCriterion } from '../api/types.ts'
import type { Failure } from './failure.ts'

import { confirmPassword } from '@nextcloud/password-confirmation'
import { defineStore } from 'pinia'
import { complianceApi } from '../api/compliance.ts'
import { toFailure } from './failure.ts'

export const useComplianceStore = defineStore('compliance', {
	state: () => ({
		criteria: [] as ComplianceCriterion[],
		loading: false,
		loaded: false,
		loadFailure: null as Failure | null,
		/** The fix being applied, '' when none. */
		fixing: '',
		fixFailure: null as (Failure & { criterion: number }) | null,
	}),
	getters: {
		counts: (state): Record<ComplianceCriterion['status'], number> => {
			const counts = { holds: 0, fails: 0, unreadable: 0 }
			for (const criterion of state.criteria) {
				counts[criterion.status]++
			}
			return counts
		},
	},
	actions: {
		async load() {
			this.loading = true
			this.loadFailure = null
			try {
				this.criteria = await complianceApi.report()
				this.loaded = true
			} catch (error) {
				this.loadFailure = toFailure(error)
			} finally {
				this.loading = false
			}
		},

		/** Confirms the admin's password, applies the fix and shows the criterion as the server now reads it. */
		async applyFix(criterion: ComplianceCriterion): Promise<boolean> {
			const action = criterion.fix?.action
			if (action === undefined || this.fixing !== '') {
				return false
			}
			this.fixing = action
			this.fixFailure = null
			try {
				try {
					await confirmPassword()
				} catch {
					this.fixFailure = { kind: 'password', message: '', criterion: criterion.criterion }
					return false
				}
				const updated = await complianceApi.fix(action)
				this.criteria = this.criteria.map((existing) => (existing.criterion === updated.criterion ? updated : existing))
				return true
			} catch (error) {
				this.fixFailure = { ...toFailure(error), criterion: criterion.criterion }
				return false
			} finally {
				this.fixing = ''
			}
		},
	},
})
