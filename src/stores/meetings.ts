import type { ApiViolation, ListedMeeting } from '../api/types.ts'
import type { Finding } from '../policy/checkRoom.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { defineStore } from 'pinia'
import { meetingsApi } from '../api/meetings.ts'
import { OcsError } from '../api/ocs.ts'
import { judgeMeeting } from '../compliance/meetingCompliance.ts'
import { talkClient } from '../talk/client.ts'

/**
 * Live compliance of one meeting, from its Talk room as it is now, plus what the server found that the
 * browser cannot see (server-wide settings, permissions, forced settings; translated by the server).
 */
export type Compliance
	= | { state: 'checking' }
		| { state: 'compliant', guestLink: boolean }
		| { state: 'findings', findings: Finding[], serverFindings: ApiViolation[], guestLink: boolean }
		| { state: 'room-missing' }
		| { state: 'unknown' }

export interface MeetingRow {
	meeting: ListedMeeting
	compliance: Compliance
}

export const useMeetingsStore = defineStore('meetings', {
	state: () => ({
		rows: [] as MeetingRow[],
		loading: false,
		loaded: false,
		error: false,
	}),
	actions: {
		async load() {
			this.loading = true
			this.error = false
			try {
				const meetings = await meetingsApi.list()
				this.rows = meetings
					.sort((a, b) => a.plan.start - b.plan.start)
					.map((meeting) => ({ meeting, compliance: { state: 'checking' } }))
				this.loaded = true
			} catch {
				this.error = true
				return
			} finally {
				this.loading = false
			}
			await Promise.all(this.rows.map((row) => this.check(row)))
		},
		async check(row: MeetingRow) {
			try {
				const room = await talkClient.getRoom(row.meeting.token)
				const { findings } = judgeMeeting(row.meeting.plan, room, Math.floor(Date.now() / 1000))
				// The server checks the same room too; what the browser found already is not repeated.
				const serverFindings = row.meeting.findings.filter((found) => !findings.some((finding) => finding.code === found.code))
				const guestLink = room.type === 3
				row.compliance = findings.length + serverFindings.length === 0
					? { state: 'compliant', guestLink }
					: { state: 'findings', findings, serverFindings, guestLink }
			} catch (error) {
				row.compliance = error instanceof OcsError && error.status === 404 ? { state: 'room-missing' } : { state: 'unknown' }
			}
		},
	},
})
