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
			nextOffset: initial?.nextOffset ?? null as number | null,
			loaded: initial !== null,
			/** The server's clock minus the browser's, in seconds: phases follow the server's time. */
			clockOffset: initial === null ? 0 : initial.now - Math.floor(Date.now() / 1000),
			loading: false,
			loadingMore: false,
			/** What failed last: loading the first page or a further one (Try again repeats it). */
			error: null as 'load' | 'more' | null,
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
				const page = await (await api()).list(0)
				this.meetings = page.meetings
				this.nextOffset = page.nextOffset
				this.clockOffset = page.now - Math.floor(Date.now() / 1000)
				this.loaded = true
			} catch {
				this.error = 'load'
			} finally {
				this.loading = false
			}
		},
		async loadMore() {
			if (this.nextOffset === null || this.loadingMore) {
				return
			}
			this.loadingMore = true
			this.error = null
			try {
				const page = await (await api()).list(this.nextOffset)
				// A meeting registered meanwhile shifts the pages: skip what is already shown.
				const known = new Set(this.meetings.map((m) => m.token))
				this.meetings.push(...page.meetings.filter((m) => !known.has(m.token)))
				this.nextOffset = page.nextOffset
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
			try {
				await (await api()).remove(token)
				this.meetings = this.meetings.filter((m) => m.token !== token)
				return true
			} catch (error) {
				this.removeFailure = { token, message: error instanceof OcsError ? error.hint : '' }
				return false
			}
		},
	},
})
