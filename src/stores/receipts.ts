import type { Receipt } from '../api/types.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { defineStore } from 'pinia'
import { retentionApi } from '../api/retention.ts'
import { requestFailure } from '../l10n/requestFailure.ts'
import { saveFile } from '../utils/saveFile.ts'

export const PAGE_SIZE = 50

/**
 * The deletion receipts the user may read (the server decides which: admins all, others their meetings'),
 * newest first, a page at a time, and their CSV export.
 */
export const useReceiptsStore = defineStore('receipts', {
	state: () => ({
		receipts: [] as Receipt[],
		hasMore: false,
		loading: false,
		loaded: false,
		error: '',
		exporting: false,
		exportError: '',
	}),
	actions: {
		/** The first page again (after a purge, or "Try again"). */
		async load() {
			this.receipts = []
			this.hasMore = false
			await this.loadMore()
		},

		async loadMore() {
			this.loading = true
			this.error = ''
			try {
				const page = await retentionApi.receipts({ limit: PAGE_SIZE, offset: this.receipts.length })
				this.receipts = [...this.receipts, ...page.receipts]
				this.hasMore = page.hasMore
				this.loaded = true
			} catch (error) {
				this.error = requestFailure(error)
			} finally {
				this.loading = false
			}
		},

		async exportCsv() {
			this.exporting = true
			this.exportError = ''
			try {
				saveFile(await retentionApi.exportCsv(), `deletion-receipts-${new Date().toISOString().slice(0, 10)}.csv`)
			} catch (error) {
				this.exportError = requestFailure(error)
			} finally {
				this.exporting = false
			}
		},
	},
})
