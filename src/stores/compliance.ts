/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The compliance report as the admin sees it: loading, and applying a fix (password confirmed first);
 * a criterion only changes when the server answered with its new state.
 */
import type { ComplianceCriterion } from '../api/types.ts'
import type { Failure } from './failure.ts'

import { defineStore } from 'pinia'
import { complianceApi } from '../api/compliance.ts'
import { confirmedWrite } from './confirmedWrite.ts'
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
			const result = await confirmedWrite(() => complianceApi.fix(action))
			this.fixing = ''
			if (!result.ok) {
				this.fixFailure = { ...result.failure, criterion: criterion.criterion }
				return false
			}
			this.criteria = this.criteria.map((existing) => (existing.criterion === result.value.criterion ? result.value : existing))
			return true
		},
	},
})
