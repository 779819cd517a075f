import type { EffectivePolicy, OrganisationPolicy } from '../policy/types.ts'

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { generateOcsUrl } from '@nextcloud/router'
import { ocsRequest } from './ocs.ts'

const policyUrl = (path = '') => generateOcsUrl('/apps/safe_meeting/api/v1/policy' + path)

export const policyApi = {
	get: async (): Promise<OrganisationPolicy> => (await ocsRequest<OrganisationPolicy>('GET', policyUrl())).data,
	effective: async (): Promise<EffectivePolicy> => (await ocsRequest<EffectivePolicy>('GET', policyUrl('/effective'))).data,
	save: async (policy: OrganisationPolicy): Promise<OrganisationPolicy> => (await ocsRequest<OrganisationPolicy>('PUT', policyUrl(), { policy })).data,
	dismissMigration: async (): Promise<void> => { await ocsRequest('DELETE', policyUrl('/migration')) },
}
