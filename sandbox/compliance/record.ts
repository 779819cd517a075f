/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The record of processing activities in the sandbox (twin of ProcessingRecord, DpiaScreening and
 * RecordCsv, English only): the same sections generated from the sandbox's state, the same CSV layout.
 */
import type { ProcessingRecord } from '../../src/api/types.ts'
import type { Permitted } from '../../src/policy/threshold.ts'
import type { SandboxState } from '../state.ts'

import { permitted } from '../../src/policy/threshold.ts'
import { readPolicy } from '../api/policy.ts'
import { now } from '../state.ts'
import { currentAttestation, ITEM_NAMES, ITEMS, PROVIDERS } from './evidence.ts'
import { complianceReport } from './report.ts'

type Section = ProcessingRecord['sections'][number]
const section = (id: Section['id'], title: string, rows: Record<string, string>): Section => ({ id, title, rows: Object.entries(rows).map(([label, value]) => ({ label, value })) })

function attestationText(state: SandboxState, item: string, subject = ''): string {
	const attestation = currentAttestation(state, item, subject)
	return attestation === null ? 'not attested' : `${attestation.documentRef}, attested by ${attestation.attestedBy}`
}

/** Every value the policy lets any safe meeting have (PolicyFacts): up to each threshold, or the default when locked. */
function permittedValues(state: SandboxState, setting: 'guestAccess' | 'recording' | 'chatExpiry' | 'fileRetentionDays' | 'meetingRetentionDays'): (string | number)[] {
	const found = permitted(setting, readPolicy(state).settings[setting] as never) as Permitted<string | number>
	return found.kind === 'choice' ? found.values : [found.min, found.max]
}

export function processingRecord(state: SandboxState): ProcessingRecord {
	const permits = (setting: 'guestAccess' | 'recording', value: string) => permittedValues(state, setting).includes(value)
	const longest = (setting: 'chatExpiry' | 'fileRetentionDays' | 'meetingRetentionDays') => {
		const values = permittedValues(state, setting).filter((v): v is number => typeof v === 'number')
		return values.includes(0) ? 0 : Math.max(...values)
	}
	const guests = permits('guestAccess', 'password')
	const chat = longest('chatExpiry')
	const report = complianceReport(state)
	const providers = Object.entries(PROVIDERS)
	const unclassified = providers.filter(([host]) => currentAttestation(state, 'host', host) === null).length
	const questions = [
		{ question: 'Are people systematically monitored?', answer: state.compliance.noMonitoring ? 'no' : 'yes', basis: 'the "no monitoring" profile' },
		{ question: 'Are vulnerable people concerned?', answer: 'yes', basis: 'Employees take part.' },
		{ question: 'Is audio or video recorded?', answer: permits('recording', 'with-consent') ? 'yes' : 'no', basis: 'the policy' },
		{ question: 'Are data transferred to third countries?', answer: unclassified > 0 ? 'unknown' : 'no', basis: 'the providers in the media path' },
		{ question: 'Are special categories of data (Art. 9 GDPR) processed?', answer: 'unknown', basis: 'Depends on what is discussed.' },
	] as ProcessingRecord['dpia']['questions']
	const yes = questions.filter((q) => q.answer === 'yes').length
	return {
		generatedAt: now(state),
		sections: [
			section('controller', 'Controller', { Name: 'Nextcloud', Contact: state.compliance.contact.contact, 'Data protection officer': state.compliance.contact.dpo }),
			section('processing', 'Processing activity', { Name: 'Video conferences and chats (Nextcloud Talk with Safe Meeting)' }),
			section('subjects', 'Categories of data subjects', guests ? { Users: 'Employees', Guests: 'People invited by link or e-mail' } : { Users: 'Employees' }),
			section('data', 'Categories of personal data', { 'Chat messages': `deleted after at most ${chat / 86400} days`, 'Shared files': `the share ends after at most ${longest('fileRetentionDays')} days` }),
			section('recipients', 'Recipients', Object.fromEntries(providers.map(([host, uses]) => [`${host} (${uses.join(', ').toUpperCase()})`, attestationText(state, 'host', host)]))),
			section('transfers', 'Transfers to third countries', Object.fromEntries(providers.map(([host]) => [host, currentAttestation(state, 'host', host)?.details.transfer ?? 'unknown: not classified yet']))),
			section('deletion', 'Deletion periods', { 'Safe meetings': `deleted at most ${longest('meetingRetentionDays')} days after their end` }),
			section('measures', 'Technical and organisational measures', Object.fromEntries(report.filter((c) => c.status === 'holds' && c.criterion !== 18).map((c) => [c.title, c.summary]))),
			section('evidence', 'Organisational evidence', Object.fromEntries(ITEMS.map((item) => [ITEM_NAMES[item]!, attestationText(state, item)]))),
		],
		dpia: { questions, indicated: yes >= 2, summary: yes >= 2 ? `A full data protection impact assessment is indicated: ${yes} criteria are met.` : `This screening does not indicate a full data protection impact assessment (${yes} ${yes === 1 ? 'criterion' : 'criteria'} met). Check the questions it cannot answer.` },
	}
}

/** The same layout as RecordCsv: a byte order mark, then section, entry, value. */
export function recordCsv(record: ProcessingRecord): string {
	const cell = (value: string) => `"${(/^[=+\-@]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`
	const rows = [['Section', 'Entry', 'Value'], ['Record of processing activities (Art. 30 GDPR)', 'Generated', new Date(record.generatedAt * 1000).toISOString().replace('.000', '')]]
	for (const { title, rows: entries } of record.sections) {
		rows.push(...entries.map(({ label, value }) => [title, label, value]))
	}
	rows.push(...record.dpia.questions.map((q) => ['DPIA screening (Art. 35 GDPR)', q.question, `${q.answer}: ${q.basis}`]), ['DPIA screening (Art. 35 GDPR)', 'Result', record.dpia.summary])
	return '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\n') + '\n'
}
