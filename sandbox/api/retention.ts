/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Retention preview and purge of a safe meeting (moderators), deletion receipts with CSV export and the
 * receipt period (admins), as RetentionController and ReceiptController do on the PHP side.
 * Password confirmation is treated as given in the sandbox.
 */
import type { OcsContext, OcsRoute } from '../ocs.ts'
import type { Receipt, RetentionItem } from '../retention/model.ts'
import type { Meeting } from '../state.ts'

import { OWN_BASE } from '../config.ts'
import { fail, ok } from '../ocs.ts'
import { retentionItems } from '../retention/model.ts'
import { nextId, now } from '../state.ts'
import { isModerator } from '../talk/model.ts'
import { attendeeOf, deleteRoom } from '../talk/rooms.ts'

const CSV_COLUMNS = ['Receipt', 'Meeting', 'Kind', 'Object ID', 'Name', 'Action', 'Reason', 'Rule', 'Time (UTC)', 'Actor', 'User']

/** The live meeting if the caller moderates its room; else the OCS failure RetentionController answers. */
function moderatedMeeting(ctx: OcsContext, forbidden: string): { meeting: Meeting } | { failure: ReturnType<typeof fail> } {
	const meeting = ctx.state.meetings.find((m) => m.token === ctx.params.token)
	const room = ctx.state.rooms.get(String(ctx.params.token))
	const attendee = room === undefined ? undefined : attendeeOf(room, ctx.user)
	if (meeting === undefined || attendee === undefined) {
		return { failure: fail(404, { message: 'Safe meeting not found.' }) }
	}
	if (!isModerator(attendee)) {
		return { failure: fail(403, { message: forbidden }) }
	}
	return { meeting }
}

function writeReceipt(ctx: OcsContext, meeting: Meeting, at: number, fields: Pick<Receipt, 'kind' | 'objectId' | 'objectName' | 'action' | 'reason'>): void {
	const receipt: Receipt = { id: nextId(ctx.state), token: meeting.token, rule: 'purge', at, actorType: 'user', actorId: ctx.user.id, ...fields }
	ctx.state.retention.receipts.push({ receipt, owner: meeting.owner })
}

function purgeItem(ctx: OcsContext, meeting: Meeting, item: RetentionItem, at: number): void {
	const retention = ctx.state.retention
	if (item.kind === 'share') {
		const share = retention.shares.find((s) => `ocRoomShare:${s.id}` === item.id)!
		// The share first, then its file (RetentionExecutor: Talk no longer finds a share whose file is in the trash).
		retention.shares = retention.shares.filter((s) => s !== share)
		writeReceipt(ctx, meeting, at, { kind: 'share', objectId: item.id, objectName: share.name, action: 'deleted', reason: null })
		if (item.action === 'delete') {
			retention.deletedFiles.push(share.id)
			writeReceipt(ctx, meeting, at, { kind: 'file', objectId: String(share.id), objectName: share.name, action: 'deleted', reason: null })
		}
		if (item.action === 'unshare') {
			writeReceipt(ctx, meeting, at, { kind: 'file', objectId: String(share.id), objectName: share.name, action: 'kept', reason: item.reason })
		}
	} else if (item.kind === 'recording' && item.action === 'delete') {
		retention.recordings = retention.recordings.filter((r) => String(r.id) !== item.id)
		retention.deletedFiles.push(Number(item.id))
		writeReceipt(ctx, meeting, at, { kind: 'recording', objectId: item.id, objectName: item.name, action: 'deleted', reason: null })
	}
}

/** Admins see every receipt; others those of meetings they own, and of a live room they moderate. */
function readableReceipts(ctx: OcsContext, token: string): Receipt[] {
	const room = token === '' ? undefined : ctx.state.rooms.get(token)
	const moderates = room !== undefined && isModerator(attendeeOf(room, ctx.user))
	return ctx.state.retention.receipts
		.filter((r) => ctx.user.isAdmin || moderates || r.owner === ctx.user.id)
		.filter((r) => token === '' || r.receipt.token === token)
		.map((r) => r.receipt)
}

function csvCell(value: string): string {
	const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
	return /[",\n\r ]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert
}

function toCsv(receipts: Receipt[]): string {
	const rows = receipts.map((r) => [String(r.id), r.token, r.kind, r.objectId, r.objectName, r.action, r.reason ?? '', r.rule, new Date(r.at * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'), r.actorType, r.actorId ?? ''])
	return [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n'
}

const notAdmin = () => fail(403, { message: 'Only administrators can change how long deletion receipts are kept.' })

export const retentionRoutes: OcsRoute[] = [
	{
		method: 'GET',
		template: `${OWN_BASE}/meetings/{token}/retention`,
		handle: (ctx) => {
			const found = moderatedMeeting(ctx, 'Only a moderator of the conversation can see what retention deletes.')
			if ('failure' in found) {
				return found.failure
			}
			const { meeting } = found
			const room = ctx.state.rooms.get(meeting.token)!
			const expiry = room.messageExpiration
			return ok({
				token: meeting.token,
				fileRetentionDays: meeting.plan.settings.fileRetentionDays,
				meetingRetentionDays: meeting.plan.settings.meetingRetentionDays,
				chat: { messageExpiration: expiry, lastActivity: room.lastActivity, lastMessageGoneAt: expiry > 0 ? room.lastActivity + expiry : null },
				items: retentionItems(ctx.state, meeting, room),
			})
		},
	},
	{
		method: 'POST',
		template: `${OWN_BASE}/meetings/{token}/purge`,
		handle: (ctx) => {
			const found = moderatedMeeting(ctx, 'Only a moderator of the conversation can purge the meeting.')
			if ('failure' in found) {
				return found.failure
			}
			const { meeting } = found
			const at = now(ctx.state)
			const room = ctx.state.rooms.get(meeting.token)!
			const items = retentionItems(ctx.state, meeting, room, at)
			const before = ctx.state.retention.receipts.length
			for (const item of items.filter((i) => i.kind !== 'conversation')) {
				purgeItem(ctx, meeting, item, at)
			}
			deleteRoom(ctx.state, room, ctx.info)
			writeReceipt(ctx, meeting, at, { kind: 'conversation', objectId: meeting.token, objectName: room.name, action: 'deleted', reason: null })
			ctx.state.meetings = ctx.state.meetings.filter((m) => m !== meeting)
			const written = ctx.state.retention.receipts.slice(before).map((r) => r.receipt)
			return ok({ deleted: written.filter((r) => r.action === 'deleted').length, kept: written.filter((r) => r.action === 'kept').length, purged: true })
		},
	},
	{
		method: 'GET',
		template: `${OWN_BASE}/receipts`,
		handle: (ctx) => {
			const limit = Number(ctx.query.limit ?? 50)
			const offset = Number(ctx.query.offset ?? 0)
			const newestFirst = readableReceipts(ctx, String(ctx.query.token ?? '')).reverse()
			return ok({ receipts: newestFirst.slice(offset, offset + limit), hasMore: newestFirst.length > offset + limit })
		},
	},
	{
		method: 'GET',
		template: `${OWN_BASE}/receipts/export`,
		handle: (ctx) => ({
			status: 200,
			data: null,
			raw: { contentType: 'text/csv; charset=utf-8', body: toCsv(readableReceipts(ctx, String(ctx.query.token ?? ''))), fileName: 'deletion-receipts.csv' },
		}),
	},
	{
		method: 'GET',
		template: `${OWN_BASE}/receipts/settings`,
		handle: (ctx) => (ctx.user.isAdmin ? ok({ retentionDays: ctx.state.retention.receiptRetentionDays }) : notAdmin()),
	},
	{
		method: 'PUT',
		template: `${OWN_BASE}/receipts/settings`,
		handle: (ctx) => {
			if (!ctx.user.isAdmin) {
				return notAdmin()
			}
			const days = ctx.body.retentionDays
			if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 3650) {
				return fail(400, { message: 'Keep receipts for a whole number of days from 1 to 3650.' })
			}
			ctx.state.retention.receiptRetentionDays = days
			return ok({ retentionDays: days })
		},
	},
]
