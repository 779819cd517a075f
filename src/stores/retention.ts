import type { PurgeResult, RetentionPreview } from '../api/types.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { defineStore } from 'pinia'
import { OcsError } from '../api/ocs.ts'
import { retentionApi } from '../api/retention.ts'
import { requestFailure } from '../l10n/requestFailure.ts'

/** One meeting's retention: its preview and the state of a purge. */
export interface MeetingRetention {
	loading: boolean
	/** Why the preview could not be loaded; '' when it could. */
	error: string
	preview: RetentionPreview | null
	purging: boolean
	purgeError: string
	purged: PurgeResult | null
}

const fresh = (): MeetingRetention => ({ loading: false, error: '', preview: null, purging: false, purgeError: '', purged: null })

export const useRetentionStore = defineStore('retention', {
	state: () => ({
		byToken: {} as Record<string, MeetingRetention>,
	}),
	actions: {
		of(token: string): MeetingRetention {
			this.byToken[token] ??= fresh()
			return this.byToken[token]
		},

		async loadPreview(token: string): Promise<void> {
			const entry = this.of(token)
			entry.loading = true
			entry.error = ''
			try {
				entry.preview = await retentionApi.preview(token)
			} catch (error) {
				entry.error = requestFailure(error)
			} finally {
				entry.loading = false
			}
		},

		/** Deletes now what the preview lists; true when everything went (the meeting is gone then). */
		async purge(token: string): Promise<boolean> {
			const entry = this.of(token)
			entry.purging = true
			entry.purgeError = ''
			try {
				entry.purged = await retentionApi.purge(token)
				return true
			} catch (error) {
				entry.purgeError = requestFailure(error)
				// Some items may be gone although the purge failed: show what is left.
				if (error instanceof OcsError && error.status === 500) {
					await this.loadPreview(token)
				}
				return false
			} finally {
				entry.purging = false
			}
		},
	},
})
