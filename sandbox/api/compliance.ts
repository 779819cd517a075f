/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The admin's compliance API (twin of ComplianceController and MeetingOverviewController): the report,
 * the fixes Safe Meeting applies itself (audited), and every safe meeting's compliance, filtered and
 * paged with the same evaluator the UI uses. Password confirmation is treated as given in the sandbox.
 */
import type { OverviewMeeting } from '../../src/api/types.ts'
import type { CheckableRoom } from '../../src/policy/checkRoom.ts'
import type { OcsRoute } from '../ocs.ts'
import type { SandboxState } from '../state.ts'
import type { RoomState } from '../talk/model.ts'

import { judgeMeeting } from '../../src/compliance/meetingCompliance.ts'
import { attest, evidenceOverview } from '../compliance/evidence.ts'
import { processingRecord } from '../compliance/record.ts'
import { complianceReport, criterionOf, FIXES, noMonitoringStatus } from '../compliance/report.ts'
import { OWN_BASE } from '../config.ts'
import { fail, ok } from '../ocs.ts'
import { now } from '../state.ts'
import { findUser, USERS } from '../users.ts'

const forbidden = () => fail(403, { message: 'Only administrators can see and change the compliance of this server.' })
const STATUSES = ['all', 'compliant', 'findings', 'room-missing']

/** The room as Talk's API reports it to the checks (talk.md §8). */
export function checkableRoom(room: RoomState): CheckableRoom {
	const { type, listable, lobbyState, lobbyTimer, messageExpiration, sipEnabled, recordingConsent, description } = room
	return { type, hasPassword: room.password !== '', listable, lobbyState, lobbyTimer, messageExpiration, sipEnabled, callRecording: room.callRecording as CheckableRoom['callRecording'], recordingConsent, description }
}

function overview(state: SandboxState, query: Record<string, string | string[]>) {
	const param = (name: string, fallback: string) => (typeof query[name] === 'string' ? query[name] as string : fallback)
	const [status, owner, search] = [param('status', 'all'), param('owner', '').trim(), param('search', '').trim().toLowerCase()]
	const [page, limit] = [Number(param('page', '1')), Number(param('limit', '25'))]
	if (!STATUSES.includes(status) || !Number.isInteger(page) || page < 1 || !Number.isInteger(limit) || limit < 1 || limit > 100) {
		return fail(400, { message: 'The filter is not valid.' })
	}
	const counts = { compliant: 0, findings: 0, 'room-missing': 0 }
	const rows: OverviewMeeting[] = []
	for (const meeting of state.meetings) {
		if ((owner !== '' && meeting.owner !== owner) || (search !== '' && !meeting.plan.title.toLowerCase().includes(search) && !meeting.token.includes(search))) {
			continue
		}
		const room = state.rooms.get(meeting.token)
		// The sandbox has no server-wide Talk settings that only the server sees (as GET /meetings): no serverFindings.
		const verdict = judgeMeeting(meeting.plan, room === undefined ? null : checkableRoom(room), now(state))
		counts[verdict.status]++
		if (status === 'all' || status === verdict.status) {
			const { title, start, end } = meeting.plan
			rows.push({ token: meeting.token, title, start, end, owner: meeting.owner, ownerDisplayName: findUser(meeting.owner)?.displayName ?? meeting.owner, status: verdict.status, findings: verdict.findings, serverFindings: [] })
		}
	}
	rows.sort((a, b) => b.start - a.start || b.token.localeCompare(a.token))
	return ok({ meetings: rows.slice((page - 1) * limit, page * limit), total: rows.length, counts })
}

export const complianceRoutes: OcsRoute[] = [
	{
		method: 'GET',
		template: `${OWN_BASE}/compliance`,
		handle: (ctx) => (ctx.user.isAdmin ? ok({ criteria: complianceReport(ctx.state) }) : forbidden()),
	},
	{
		method: 'POST',
		template: `${OWN_BASE}/compliance/fixes/{fix}`,
		handle: (ctx) => {
			if (!ctx.user.isAdmin) {
				return forbidden()
			}
			const fix = FIXES[ctx.params.fix!]
			if (fix === undefined) {
				return fail(400, { message: 'There is no such fix. Nothing was changed.' })
			}
			const value = fix.apply(ctx.state)
			ctx.state.compliance.audit.push({ message: 'Safe Meeting compliance fix "%s" applied by "%s": %s changed to %s', params: { fix: ctx.params.fix!, actor: ctx.user.id, setting: fix.setting, new: value } })
			return ok({ criterion: criterionOf(ctx.state, fix.criterion) })
		},
	},
	{
		method: 'GET',
		template: `${OWN_BASE}/compliance/no-monitoring`,
		handle: (ctx) => (ctx.user.isAdmin ? ok(noMonitoringStatus(ctx.state)) : forbidden()),
	},
	{
		method: 'PUT',
		template: `${OWN_BASE}/compliance/no-monitoring`,
		handle: (ctx) => {
			if (!ctx.user.isAdmin) {
				return forbidden()
			}
			const enabled = ctx.body.enabled === true
			if (enabled !== ctx.state.compliance.noMonitoring) {
				ctx.state.compliance.noMonitoring = enabled
				ctx.state.compliance.audit.push({ message: 'Safe Meeting "no monitoring" profile switched %s by "%s"', params: { state: enabled ? 'on' : 'off', actor: ctx.user.id } })
			}
			if (enabled) {
				for (const user of USERS) {
					ctx.state.compliance.preferences[user.id] = { read_status_privacy: '1', typing_privacy: '1' }
				}
			}
			return ok(noMonitoringStatus(ctx.state))
		},
	},
	{
		method: 'GET',
		template: `${OWN_BASE}/compliance/evidence`,
		handle: (ctx) => (ctx.user.isAdmin ? ok(evidenceOverview(ctx.state)) : forbidden()),
	},
	{
		method: 'POST',
		template: `${OWN_BASE}/compliance/evidence`,
		handle: (ctx) => {
			if (!ctx.user.isAdmin) {
				return forbidden()
			}
			const problems = attest(ctx.state, ctx.body, ctx.user.id)
			if (problems !== null) {
				const violations = Object.entries(problems).map(([field, message]) => ({ field, code: 'invalid', message }))
				return fail(400, { message: 'The attestation is not complete. Nothing was recorded.', violations })
			}
			return ok(evidenceOverview(ctx.state), 201)
		},
	},
	{
		method: 'GET',
		template: `${OWN_BASE}/compliance/record`,
		handle: (ctx) => (ctx.user.isAdmin ? ok(processingRecord(ctx.state)) : forbidden()),
	},
	{
		method: 'GET',
		template: `${OWN_BASE}/compliance/record/contact`,
		handle: (ctx) => (ctx.user.isAdmin ? ok(ctx.state.compliance.contact) : forbidden()),
	},
	{
		method: 'PUT',
		template: `${OWN_BASE}/compliance/record/contact`,
		handle: (ctx) => {
			if (!ctx.user.isAdmin) {
				return forbidden()
			}
			const [contact, dpo] = [String(ctx.body.contact).trim(), String(ctx.body.dpo).trim()]
			if (contact.length > 500 || dpo.length > 500) {
				return fail(400, { message: 'The contact could not be stored. Nothing was changed.', violations: [{ field: contact.length > 500 ? 'contact' : 'dpo', code: 'too-long', message: 'Too long: at most 500.' }] })
			}
			ctx.state.compliance.contact = { contact, dpo }
			return ok(ctx.state.compliance.contact)
		},
	},
	{
		method: 'GET',
		template: `${OWN_BASE}/compliance/meetings`,
		handle: (ctx) => (ctx.user.isAdmin ? overview(ctx.state, ctx.query) : forbidden()),
	},
]
