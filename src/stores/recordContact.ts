/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The controller's contact and DPO for the Art. 30 record: what the server stored, and saving (after the
 * password) with the server's field problems.
 */
import type { RecordContact } from '../api/types.ts'
import type { Failure } from './failure.ts'

import { defineStore } from 'pinia'
import { complianceApi } from '../api/compliance.ts'
import { confirmedWrite } from './confirmedWrite.ts'
import { toFailure } from './failure.ts'

export const useRecordContactStore = defineStore('recordContact', {
	state: () => ({
		saved: null as RecordContact | null,
		draft: { contact: '', dpo: '' } as RecordContact,
		saving: false,
		failure: null as Failure | null,
	}),
	getters: {
		dirty: (state): boolean => state.saved !== null && (state.saved.contact !== state.draft.contact || state.saved.dpo !== state.draft.dpo),
	},
	actions: {
		async load() {
			this.failure = null
			try {
				this.saved = await complianceApi.contact()
				this.draft = { ...this.saved }
			} catch (error) {
				this.failure = toFailure(error)
			}
		},

		async save(): Promise<boolean> {
			if (this.saving) {
				return false
			}
			this.saving = true
			this.failure = null
			const draft = { ...this.draft }
			const result = await confirmedWrite(() => complianceApi.setContact(draft))
			this.saving = false
			if (!result.ok) {
				this.failure = result.failure
				return false
			}
			this.saved = result.value
			this.draft = { ...result.value }
			return true
		},
	},
})
