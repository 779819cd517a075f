/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Where a meeting stands on "My safe meetings" (MeetingListPosition's twin): running first, then upcoming
 * ones soonest first, then past ones most recent first, by the plan's times at `at`. A page's last
 * position is the next page's cursor; it keeps the first page's time, so no meeting is skipped or repeated
 * when others are removed or registered meanwhile.
 */
export interface ListPosition {
	at: number
	/** 0 running, 1 upcoming, 2 past. */
	phase: number
	key: number
	id: number
}

const CURSOR = /^(\d{1,12})\.([012])\.(-?\d{1,12})\.(\d{1,18})$/

export function positionOf(meeting: { id: number, plan: { start: number, end: number } }, at: number): ListPosition {
	const { start, end } = meeting.plan
	const phase = at < start ? 1 : (at < end ? 0 : 2)
	// Past meetings sort by their start backwards: the most recent first.
	return { at, phase, key: phase === 2 ? -start : start, id: meeting.id }
}

/** null when the cursor is malformed (the contract check refuses those before). */
export function fromCursor(cursor: string): ListPosition | null {
	const match = CURSOR.exec(cursor)
	return match === null ? null : { at: Number(match[1]), phase: Number(match[2]), key: Number(match[3]), id: Number(match[4]) }
}

export const toCursor = (p: ListPosition): string => `${p.at}.${p.phase}.${p.key}.${p.id}`

export function comparePositions(a: ListPosition, b: ListPosition): number {
	return a.phase - b.phase || a.key - b.key || a.id - b.id
}
