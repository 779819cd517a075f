import type { ListedMeeting, MeetingPage } from '../api/types.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * "My safe meetings": the first page comes with the page (initial state), later pages on demand.
 * The server reports each meeting's room and compliance, so there is no request per meeting.
 */
import { loadState } from '@nextcloud/initial-state'
import { defineStore } from 'pinia'
import { OcsError } from '../api/ocsError.ts'

/** The HTTP client loads on first use: the list's first page comes with the page. */
const api = async () => (await import('../api/meetings.ts')).meetingsApi

export const useMeetingsStore = defineStore('meetings', {
	state: () => {
		const initial = loadState<MeetingPage | null>('safe_meeting', 'meetings', null)
		return {
			meetings: [...initial?.meetings ?? []] as ListedMeeting[],
			/** Where the shown pages end (the server's cursor); null when every meeting is shown. */
			nextCursor: initial?.nextCursor ?? null as string | null,
			loaded: initial !== null,
			/** The server's clock minus the browser's, in seconds: phases follow the server's time. */
			clockOffset: initial === null ? 0 : initial.now - Math.floor(Date.now() / 1000),
			loading: false,
			loadingMore: false,
			/** What failed last: loading the first page or a further one (Try again repeats it). */
			error: null as 'load' | 'more' | null,
			/** The token whose entry is being removed. */
			removing: null as string | null,
			/** The token whose removal failed last, and why (translated by the server). */
			removeFailure: null as { token: string, message: string } | null,
		}
	},
	getters: {
		/** Now on the server's clock (unix seconds). */
		now: (state) => (): number => Math.floor(Date.now() / 1000) + state.clockOffset,
	},
	actions: {
		/** (Re)loads the first page, e.g. after a meeting was created. */
		async load() {
			this.loading = true
			this.error = null
			try {
				const page = await (await api()).list()
				this.meetings = page.meetings
				this.nextCursor = page.nextCursor
				this.clockOffset = page.now - Math.floor(Date.now() / 1000)
				this.loaded = true
			} catch {
				this.error = 'load'
			} finally {
				this.loading = false
			}
		},
		async loadMore() {
			if (this.nextCursor === null || this.loadingMore) {
				return
			}
			this.loadingMore = true
			this.error = null
			try {
				const page = await (await api()).list(this.nextCursor)
				// The cursor skips nobody; a meeting whose phase changed meanwhile may come twice.
				const known = new Set(this.meetings.map((m) => m.token))
				this.meetings.push(...page.meetings.filter((m) => !known.has(m.token)))
				this.nextCursor = page.nextCursor
			} catch {
				this.error = 'more'
			} finally {
				this.loadingMore = false
			}
		},
		retry() {
			return this.error === 'more' ? this.loadMore() : this.load()
		},
		/** Removes the entry of a meeting whose conversation is gone; returns whether it was removed. */
		async remove(token: string): Promise<boolean> {
			this.removeFailure = null
			this.removing = token
			try {
				await (await api()).remove(token)
				// The next page's cursor is a position, not a count: it skips nobody after this.
				this.meetings = this.meetings.filter((m) => m.token !== token)
				return true
			} catch (error) {
				this.removeFailure = { token, message: error instanceof OcsError ? error.hint : '' }
				return false
			} finally {
				this.removing = null
			}
		},
	},
})
