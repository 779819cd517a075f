/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Whether each safe meeting's Talk room still keeps its plan, for the admin's overview of every safe
 * meeting. Twin of PHP's MeetingOverviewService (which filters and pages with RoomChecker).
 */
import type { CheckablePlan, CheckableRoom, Finding } from '../policy/checkRoom.ts'

import { checkRoom } from '../policy/checkRoom.ts'

export type MeetingStatus = 'compliant' | 'findings' | 'room-missing'

export interface MeetingVerdict {
	status: MeetingStatus
	findings: Finding[]
}

/** One meeting: its plan and its Talk room as it is now (null when Talk has no such room any more). */
export function judgeMeeting(plan: CheckablePlan, room: CheckableRoom | null, now: number): MeetingVerdict {
	if (room === null) {
		return { status: 'room-missing', findings: [] }
	}
	const findings = checkRoom(plan, room, now)
	return { status: findings.length === 0 ? 'compliant' : 'findings', findings }
}

export type StatusCounts = Record<MeetingStatus, number>

/** Every meeting's verdict, in input order, with how many have each status. */
export function judgeMeetings(meetings: Iterable<{ plan: CheckablePlan, room: CheckableRoom | null }>, now: number): { verdicts: MeetingVerdict[], counts: StatusCounts } {
	const counts: StatusCounts = { compliant: 0, findings: 0, 'room-missing': 0 }
	const verdicts: MeetingVerdict[] = []
	for (const { plan, room } of meetings) {
		const verdict = judgeMeeting(plan, room, now)
		counts[verdict.status]++
		verdicts.push(verdict)
	}
	return { verdicts, counts }
}
