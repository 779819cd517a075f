/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Organisational evidence as the admin attests it: the overview the server sent, and attesting (after the
 * password) with the server's field problems kept until the next try.
 */
import type { AttestationInput } from '../api/compliance.ts'
import type { EvidenceOverview } from '../api/types.ts'
import type { Failure } from './failure.ts'

import { defineStore } from 'pinia'
import { complianceApi } from '../api/compliance.ts'
import { OcsError } from '../api/ocs.ts'
import { confirmedWrite } from './confirmedWrite.ts'
import { toFailure } from './failure.ts'

/** field → the server's translated message */
export type FieldProblems = Record<string, string>

function fieldProblems(error: unknown): FieldProblems {
	const data = error instanceof OcsError ? error.data as { violations?: { field: string, message: string }[] } | null : null
	return Object.fromEntries((data?.violations ?? []).map((violation) => [violation.field, violation.message]))
}

export const useEvidenceStore = defineStore('evidence', {
	state: () => ({
		overview: null as EvidenceOverview | null,
		loadFailure: null as Failure | null,
		/** What is being attested: `item` or `host:name`, '' when nothing. */
		saving: '',
		failure: null as (Failure & { key: string, fields: FieldProblems }) | null,
	}),
	actions: {
		async load() {
			this.loadFailure = null
			try {
				this.overview = await complianceApi.evidence()
			} catch (error) {
				this.loadFailure = toFailure(error)
			}
		},

		/** Confirms the admin's password, then records; the overview changes only when the server recorded it. */
		async attest(input: AttestationInput): Promise<boolean> {
			const key = input.subject ? `${input.item}:${input.subject}` : input.item
			if (this.saving !== '') {
				return false
			}
			this.saving = key
			this.failure = null
			const result = await confirmedWrite(() => complianceApi.attest(input))
			this.saving = ''
			if (!result.ok) {
				this.failure = { ...result.failure, key, fields: fieldProblems(result.error) }
				return false
			}
			this.overview = result.value
			return true
		},
	},
})
