/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Retention in the sandbox: files shared into rooms and recordings (seeded through /__sandbox/), the
 * rules of lib/Retention/ (what goes when, which files stay and why) and the receipts it writes.
 * Where a file lies is given, not computed: `location` stands for the checks FileScope.php makes.
 */
import type { components } from '../../src/api/openapi.d.ts'
import type { Meeting, SandboxState } from '../state.ts'
import type { RoomState } from '../talk/model.ts'

export type RetentionItem = components['schemas']['RetentionItem']
export type Receipt = components['schemas']['Receipt']
type KeepReason = NonNullable<RetentionItem['reason']>

/** A room share (Talk's share type 10) of a file or folder. */
export interface SandboxShare {
	id: number
	token: string
	owner: string
	name: string
	itemType: 'file' | 'folder'
	sharedAt: number
	/** talk: the owner's Talk folder; elsewhere: other folders of the owner; group-folder: not their own storage. */
	location: 'talk' | 'elsewhere' | 'group-folder'
	/** Also shared with someone outside the meeting (by link, with a user …). */
	sharedElsewhere: boolean
}

/** A file Talk stored in `<recording folder>/<token>/` of a moderator. */
export interface SandboxRecording {
	id: number
	token: string
	owner: string
	name: string
	storedAt: number
	sharedElsewhere: boolean
}

export interface StoredReceipt { receipt: Receipt, owner: string }

export interface RetentionState {
	shares: SandboxShare[]
	recordings: SandboxRecording[]
	receipts: StoredReceipt[]
	/** Ids of files retention deleted, for tests. */
	deletedFiles: number[]
	receiptRetentionDays: number
}

export const DAY = 86400

export function createRetentionState(): RetentionState {
	return { shares: [], recordings: [], receipts: [], deletedFiles: [], receiptRetentionDays: 365 }
}

function keepReason(share: SandboxShare): KeepReason | null {
	if (share.itemType === 'folder') {
		return 'folder'
	}
	if (share.location === 'group-folder') {
		return 'other-storage'
	}
	if (share.location === 'elsewhere') {
		return 'outside-talk-folder'
	}
	return share.sharedElsewhere ? 'shared-elsewhere' : null
}

/**
 * Everything retention removes from the meeting, each with the time it goes (`now` given: everything, now).
 */
export function retentionItems(state: SandboxState, meeting: Meeting, room: RoomState | undefined, purgeAt?: number): RetentionItem[] {
	const { fileRetentionDays, meetingRetentionDays, recording } = meeting.plan.settings
	const meetingDueAt = meeting.plan.end + meetingRetentionDays * DAY
	const dueAt = (since: number) => purgeAt ?? Math.min(since + fileRetentionDays * DAY, meetingDueAt)
	const items: RetentionItem[] = []
	for (const share of state.retention.shares.filter((s) => s.token === meeting.token)) {
		const reason = keepReason(share)
		items.push({ kind: 'share', id: `ocRoomShare:${share.id}`, name: share.name, since: share.sharedAt, dueAt: dueAt(share.sharedAt), action: reason === null ? 'delete' : 'unshare', reason })
	}
	if (recording !== 'blocked') {
		for (const file of state.retention.recordings.filter((r) => r.token === meeting.token)) {
			items.push({ kind: 'recording', id: String(file.id), name: file.name, since: file.storedAt, dueAt: dueAt(file.storedAt), action: file.sharedElsewhere ? 'keep' : 'delete', reason: file.sharedElsewhere ? 'shared-elsewhere' : null })
		}
	}
	items.push({ kind: 'conversation', id: meeting.token, name: room?.name ?? meeting.plan.title, since: meeting.plan.end, dueAt: purgeAt ?? meetingDueAt, action: 'delete', reason: null })
	return items
}
