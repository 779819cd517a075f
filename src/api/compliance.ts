/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The admin's compliance API: the report, the fixes Safe Meeting applies itself, every safe meeting's compliance.
 */
import type { ComplianceCriterion, EvidenceOverview, MeetingOverview, NoMonitoring, RecordContact } from './types.ts'

import { generateOcsUrl, generateUrl } from '@nextcloud/router'
import { ocsRequest } from './ocs.ts'

const complianceUrl = (path = '') => generateOcsUrl('/apps/safe_meeting/api/v1/compliance' + path)

export type OverviewStatus = 'all' | 'compliant' | 'findings' | 'room-missing'

export interface OverviewQuery {
	status: OverviewStatus
	owner: string
	search: string
	page: number
	limit: number
}

/** What an admin attests: an evidence item, or (item `host`) how a provider is bound. */
export interface AttestationInput {
	item: string
	documentRef: string
	/** YYYY-MM-DD */
	reviewDue: string
	subject?: string
	role?: 'own' | 'processor'
	transfer?: 'eu' | 'adequacy' | 'scc'
}

export const complianceApi = {
	report: async (): Promise<ComplianceCriterion[]> => (await ocsRequest<{ criteria: ComplianceCriterion[] }>('GET', complianceUrl())).data.criteria,
	fix: async (fix: string): Promise<ComplianceCriterion> => (await ocsRequest<{ criterion: ComplianceCriterion }>('POST', complianceUrl('/fixes/' + encodeURIComponent(fix)))).data.criterion,
	noMonitoring: async (): Promise<NoMonitoring> => (await ocsRequest<NoMonitoring>('GET', complianceUrl('/no-monitoring'))).data,
	setNoMonitoring: async (enabled: boolean): Promise<NoMonitoring> => (await ocsRequest<NoMonitoring>('PUT', complianceUrl('/no-monitoring'), { enabled })).data,
	evidence: async (): Promise<EvidenceOverview> => (await ocsRequest<EvidenceOverview>('GET', complianceUrl('/evidence'))).data,
	attest: async (input: AttestationInput): Promise<EvidenceOverview> => (await ocsRequest<EvidenceOverview>('POST', complianceUrl('/evidence'), input)).data,
	contact: async (): Promise<RecordContact> => (await ocsRequest<RecordContact>('GET', complianceUrl('/record/contact'))).data,
	setContact: async (contact: RecordContact): Promise<RecordContact> => (await ocsRequest<RecordContact>('PUT', complianceUrl('/record/contact'), contact)).data,
	meetings: async (query: OverviewQuery): Promise<MeetingOverview> => {
		const params = new URLSearchParams({ status: query.status, owner: query.owner, search: query.search, page: String(query.page), limit: String(query.limit) })
		return (await ocsRequest<MeetingOverview>('GET', complianceUrl('/meetings') + '?' + params.toString())).data
	},
}

/** The Art. 30 record as a printable page and as downloads (RecordPageController). */
export const recordLinks = {
	page: () => generateUrl('/apps/safe_meeting/compliance/record'),
	json: () => generateUrl('/apps/safe_meeting/compliance/record.json'),
	csv: () => generateUrl('/apps/safe_meeting/compliance/record.csv'),
}
