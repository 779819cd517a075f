/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Organisational evidence in the sandbox (twin of AttestationService and EvidenceOverview): attestations
 * with the same rules, and the providers in Talk's media path (the sandbox's Talk uses Talk's default
 * STUN server, as a fresh installation does).
 */
import type { EvidenceOverview } from '../../src/api/types.ts'
import type { SandboxState } from '../state.ts'

import { now } from '../state.ts'

export interface SandboxAttestation { item: string, subject: string, attestedBy: string, attestedAt: number, documentRef: string, reviewDue: number, details: Record<string, string> }

export const ITEMS = ['processor-agreement', 'processing-record', 'dpia', 'works-council', 'toms'] as const
export const ITEM_NAMES: Record<string, string> = {
	'processor-agreement': 'Processor agreements (Art. 28 GDPR)',
	'processing-record': 'Record of processing activities (Art. 30 GDPR)',
	dpia: 'Data protection impact assessment (Art. 35 GDPR)',
	'works-council': 'Works council agreement (§ 87(1) no. 6 BetrVG)',
	toms: 'Technical and organisational measures (Art. 32 GDPR)',
}
/** Talk's STUN server when none is configured. */
export const PROVIDERS: Record<string, ('signaling' | 'recording' | 'turn' | 'stun')[]> = { 'stun.nextcloud.com': ['stun'] }
const DAY = 86400

/** The attestation in force: the latest for the item (and host). */
export function currentAttestation(state: SandboxState, item: string, subject = ''): SandboxAttestation | null {
	return state.compliance.attestations.findLast((a) => a.item === item && a.subject === subject) ?? null
}

export const isOverdue = (state: SandboxState, attestation: SandboxAttestation) => now(state) >= attestation.reviewDue + DAY

export function evidenceOverview(state: SandboxState): EvidenceOverview {
	const stateOf = (attestation: SandboxAttestation | null) => ({ attestation, overdue: attestation !== null && isOverdue(state, attestation) })
	return {
		items: ITEMS.map((item) => ({ item, name: ITEM_NAMES[item]!, ...stateOf(currentAttestation(state, item)) })),
		hosts: Object.entries(PROVIDERS).map(([host, uses]) => ({ host, uses, ...stateOf(currentAttestation(state, 'host', host)) })),
		hostsReadable: true,
	}
}

/** The field problems (field → message), or null when recorded. */
export function attest(state: SandboxState, body: Record<string, unknown>, actor: string): Record<string, string> | null {
	const problems: Record<string, string> = {}
	const item = String(body.item ?? '')
	const isHost = item === 'host'
	if (!isHost && !(ITEMS as readonly string[]).includes(item)) {
		problems.item = 'This value is not valid.'
	}
	const subject = isHost ? String(body.subject ?? '').trim().toLowerCase() : ''
	if (isHost && !/^[a-z0-9.:-]+$/.test(subject)) {
		problems.subject = subject === '' ? 'A value is required.' : 'This value is not valid.'
	}
	const documentRef = String(body.documentRef ?? '').trim()
	if (documentRef === '' || documentRef.length > 255) {
		problems.documentRef = documentRef === '' ? 'A value is required.' : 'Too long: at most 255.'
	}
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(body.reviewDue ?? ''))
	const reviewDue = match === null ? NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 1000
	const today = Math.floor(now(state) / DAY) * DAY
	if (Number.isNaN(reviewDue) || new Date(reviewDue * 1000).getUTCDate() !== Number(match?.[3])) {
		problems.reviewDue = body.reviewDue ? 'This value is not valid.' : 'A value is required.'
	} else if (reviewDue <= today || reviewDue > today + 5 * 366 * DAY) {
		problems.reviewDue = 'The next review must be after today and at most five years ahead.'
	}
	if (isHost && !['own', 'processor'].includes(String(body.role))) {
		problems.role = 'This value is not valid.'
	}
	if (isHost && !['eu', 'adequacy', 'scc'].includes(String(body.transfer))) {
		problems.transfer = 'This value is not valid.'
	}
	if (Object.keys(problems).length > 0) {
		return problems
	}
	const details: Record<string, string> = isHost ? { role: String(body.role), transfer: String(body.transfer) } : {}
	state.compliance.attestations.push({ item, subject, attestedBy: actor, attestedAt: now(state), documentRef, reviewDue, details })
	state.compliance.audit.push({ message: 'Safe Meeting evidence "%s" attested by "%s": document "%s", next review %s', params: { item: isHost ? `host:${subject}` : item, actor, document: documentRef, review: String(body.reviewDue) } })
	return null
}
