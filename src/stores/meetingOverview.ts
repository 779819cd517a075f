/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The admin's overview of every safe meeting: the filter, the page the server sent and its counts.
 * Only the newest request counts, so a slow answer to an old filter never replaces a newer one.
 */
import type { OverviewQuery } from '../api/compliance.ts'
import type { MeetingOverview } from '../api/types.ts'
import type { Failure } from './failure.ts'

import { defineStore } from 'pinia'
import { complianceApi } from '../api/compliance.ts'
import { toFailure } from './failure.ts'

export const PAGE_SIZE = 25

export const useMeetingOverviewStore = defineStore('meetingOverview', {
	state: () => ({
		query: { status: 'all', owner: '', search: '', page: 1, limit: PAGE_SIZE } as OverviewQuery,
		result: null as MeetingOverview | null,
		loading: false,
		failure: null as Failure | null,
		request: 0,
	}),
	getters: {
		pages: (state): number => Math.max(1, Math.ceil((state.result?.total ?? 0) / state.query.limit)),
	},
	actions: {
		async load() {
			const request = ++this.request
			this.loading = true
			this.failure = null
			try {
				const result = await complianceApi.meetings({ ...this.query })
				if (request === this.request) {
					this.result = result
				}
			} catch (error) {
				if (request === this.request) {
					this.failure = toFailure(error)
				}
			} finally {
				if (request === this.request) {
					this.loading = false
				}
			}
		},

		/** A new filter starts at its first page. */
		async filter(change: Partial<Pick<OverviewQuery, 'status' | 'owner' | 'search'>>) {
			this.query = { ...this.query, ...change, page: 1 }
			await this.load()
		},

		async goTo(page: number) {
			if (page < 1 || page > this.pages || page === this.query.page) {
				return
			}
			this.query = { ...this.query, page }
			await this.load()
		},
	},
})
