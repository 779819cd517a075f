/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { ComplianceCriterion } from '../../../src/api/types.ts'

import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { OcsError } from '../../../src/api/ocs.ts'
import { useComplianceStore } from '../../../src/stores/compliance.ts'

const api = vi.hoisted(() => ({ report: vi.fn(), fix: vi.fn(), meetings: vi.fn() }))
vi.mock('../../../src/api/compliance.ts', () => ({ complianceApi: api }))
const confirmPassword = vi.hoisted(() => vi.fn())
vi.mock('@nextcloud/password-confirmation', () => ({ confirmPassword }))

const failing: ComplianceCriterion = {
	criterion: 5,
	title: 'Access protection',
	sources: 'B+D',
	status: 'fails',
	summary: 'Talk lets moderators share guest links without a password.',
	evidence: [{ source: 'spreed.force_passwords', label: 'Talk requires a password for guest links', value: 'no' }],
	fix: { kind: 'action', action: 'force-passwords', label: 'Require passwords for guest links', setting: 'occ config:app:set spreed force_passwords --value=1' },
}
const logs: ComplianceCriterion = { criterion: 13, title: 'Logs', sources: 'D', status: 'holds', summary: 'fine', evidence: [], fix: null }

describe('compliance store', () => {
	beforeEach(() => {
		setActivePinia(createPinia())
		vi.clearAllMocks()
		confirmPassword.mockResolvedValue(undefined)
		api.report.mockResolvedValue([failing, logs])
	})

	it('loads the report and counts the statuses', async () => {
		const store = useComplianceStore()
		await store.load()
		expect(store.loaded).toBe(true)
		expect(store.counts).toEqual({ holds: 1, fails: 1, unreadable: 0 })
	})

	it('applies a fix after the password and shows the criterion as the server reads it now', async () => {
		api.fix.mockResolvedValue({ ...failing, status: 'holds', summary: 'Every guest link needs a password.', fix: null })
		const store = useComplianceStore()
		await store.load()

		expect(await store.applyFix(store.criteria[0]!)).toBe(true)

		expect(confirmPassword).toHaveBeenCalledOnce()
		expect(api.fix).toHaveBeenCalledWith('force-passwords')
		expect(store.criteria.map((c) => c.status)).toEqual(['holds', 'holds'])
		expect(store.fixing).toBe('')
	})

	it('changes nothing when the password is not confirmed', async () => {
		confirmPassword.mockRejectedValue(new Error('cancelled'))
		const store = useComplianceStore()
		await store.load()

		expect(await store.applyFix(store.criteria[0]!)).toBe(false)

		expect(api.fix).not.toHaveBeenCalled()
		expect(store.fixFailure).toEqual({ kind: 'password', message: '', criterion: 5 })
		expect(store.criteria[0]!.status).toBe('fails')
	})

	it('keeps the criterion and shows the server\'s message when the fix fails', async () => {
		api.fix.mockRejectedValue(new OcsError(500, '', 'The setting spreed.force_passwords could not be changed.'))
		const store = useComplianceStore()
		await store.load()

		expect(await store.applyFix(store.criteria[0]!)).toBe(false)

		expect(store.fixFailure).toEqual({ kind: 'server', message: 'The setting spreed.force_passwords could not be changed.', criterion: 5 })
		expect(store.criteria[0]).toEqual(failing)
	})

	it('says when the report cannot be loaded', async () => {
		api.report.mockRejectedValue(new OcsError(0, 'network', ''))
		const store = useComplianceStore()
		await store.load()
		expect(store.loaded).toBe(false)
		expect(store.loadFailure).toEqual({ kind: 'network', message: '' })
	})
})
