/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { t } from '@nextcloud/l10n'
import { defineStore } from 'pinia'
import { retentionApi } from '../api/retention.ts'
import { requestFailure } from '../l10n/requestFailure.ts'
import { confirmPassword } from '../services/confirmPassword.ts'

/**
 * How long deletion receipts are kept (admin settings only: it needs password confirmation).
 */
export const useReceiptSettingsStore = defineStore('receiptSettings', {
	state: () => ({
		retentionDays: null as number | null,
		saving: false,
		error: '',
	}),
	actions: {
		async load() {
			this.error = ''
			try {
				this.retentionDays = (await retentionApi.settings()).retentionDays
			} catch (error) {
				this.error = requestFailure(error)
			}
		},

		/** Stores the period after the admin confirmed their password; false when nothing changed. */
		async save(days: number): Promise<boolean> {
			this.saving = true
			this.error = ''
			try {
				try {
					await confirmPassword()
				} catch {
					this.error = t('safe_meeting', 'Not saved: your password was not confirmed.')
					return false
				}
				this.retentionDays = (await retentionApi.saveSettings(days)).retentionDays
				return true
			} catch (error) {
				this.error = requestFailure(error)
				return false
			} finally {
				this.saving = false
			}
		},
	},
})
