/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

import type { OrganisationPolicy } from '../../../src/policy/types.ts'

import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { OcsError } from '../../../src/api/ocs.ts'
import { defaultPolicy } from '../../../src/policy/defaultPolicy.ts'
import { useAdminPolicyStore } from '../../../src/stores/adminPolicy.ts'

const api = vi.hoisted(() => ({ get: vi.fn(), save: vi.fn(), effective: vi.fn(), dismissMigration: vi.fn() }))
vi.mock('../../../src/api/policy.ts', () => ({ policyApi: api }))
const confirmPassword = vi.hoisted(() => vi.fn())
vi.mock('../../../src/services/confirmPassword.ts', () => ({ confirmPassword }))
const loadState = vi.hoisted(() => vi.fn())
vi.mock('@nextcloud/initial-state', () => ({ loadState }))

const clone = <T>(value: T): T => structuredClone(value)

function policyWith(change: (policy: OrganisationPolicy) => void): OrganisationPolicy {
	const policy = defaultPolicy()
	change(policy)
	return policy
}

describe('admin policy store', () => {
	beforeEach(() => {
		setActivePinia(createPinia())
		vi.clearAllMocks()
		confirmPassword.mockResolvedValue(undefined)
		api.save.mockImplementation(async (policy: OrganisationPolicy) => clone(policy))
	})

	it('is dirty only while the draft differs from the saved policy, whatever the key order', () => {
		const store = useAdminPolicyStore()
		store.init(defaultPolicy())
		expect(store.dirty).toBe(false)

		store.updateSetting('lobby', { ...store.draft.settings.lobby, locked: true })
		expect(store.dirty).toBe(true)

		store.updateSetting('lobby', { locked: false, threshold: 'until-start', default: 'moderated' })
		expect(store.dirty).toBe(false)
	})

	it('finds a group rule that loosens the organisation policy', () => {
		const store = useAdminPolicyStore()
		store.init(defaultPolicy())
		store.addGroupRules(['staff'])
		store.setTightened(0, 'recording', true)
		expect(store.valid).toBe(true)

		store.updateGroupSetting(0, 'recording', { default: 'blocked', threshold: 'with-consent', locked: true })
		expect(store.violations).toContainEqual({ field: 'groupRules.0.settings.recording.threshold', code: 'loosens', params: { limit: 'blocked' } })
		expect(store.canSave).toBe(false)
	})

	it('starts a tightened setting from the organisation rule and forgets it when untightened', () => {
		const store = useAdminPolicyStore()
		store.init(policyWith((p) => {
			p.settings.chatExpiry.default = 86400
		}))
		store.addGroupRules(['staff', 'staff', 'board'])
		expect(store.ruleGroups).toEqual(['staff', 'board'])

		store.setTightened(1, 'chatExpiry', true)
		expect(store.draft.groupRules[1]!.settings.chatExpiry).toEqual(store.draft.settings.chatExpiry)
		expect(store.draft.groupRules[1]!.settings.chatExpiry).not.toBe(store.draft.settings.chatExpiry)

		store.setTightened(1, 'chatExpiry', false)
		expect(Object.keys(store.draft.groupRules[1]!.settings)).toEqual([])
	})

	it('saves the draft after the password is confirmed, and the saved policy becomes the stored one', async () => {
		const store = useAdminPolicyStore()
		store.init(defaultPolicy())
		store.updateNotice('version', '2')

		expect(await store.save()).toBe(true)

		expect(confirmPassword).toHaveBeenCalledOnce()
		expect(confirmPassword.mock.invocationCallOrder[0]).toBeLessThan(api.save.mock.invocationCallOrder[0]!)
		expect(api.save).toHaveBeenCalledWith(policyWith((p) => {
			p.privacyNotice.version = '2'
		}))
		expect(store.saved.privacyNotice.version).toBe('2')
		expect(store.dirty).toBe(false)
		expect(store.saving).toBe(false)
	})

	it('keeps the saved policy and the draft when the server refuses, with the server\'s field messages', async () => {
		const store = useAdminPolicyStore()
		store.init(defaultPolicy())
		store.updateNotice('url', 'https://example.org/privacy')
		api.save.mockRejectedValue(new OcsError(400, '', 'The policy is not valid. Nothing was changed.', {
			message: 'The policy is not valid. Nothing was changed.',
			violations: [{ field: 'privacyNotice.url', code: 'invalid', message: 'This address is not reachable.' }],
		}))

		expect(await store.save()).toBe(false)

		expect(store.saved).toEqual(defaultPolicy())
		expect(store.draft.privacyNotice.url).toBe('https://example.org/privacy')
		expect(store.dirty).toBe(true)
		expect(store.saveFailure).toEqual({ kind: 'invalid', status: 400, message: 'The policy is not valid. Nothing was changed.' })
		expect(store.serverViolations).toEqual([{ field: 'privacyNotice.url', code: 'invalid', message: 'This address is not reachable.' }])
	})

	it.each([
		[new OcsError(403, '', 'Forbidden'), 'forbidden'],
		[new OcsError(0, 'network', ''), 'network'],
		[new OcsError(500, '', ''), 'server'],
	] as const)('rolls back on %s', async (error, kind) => {
		const store = useAdminPolicyStore()
		store.init(defaultPolicy())
		store.updateNotice('version', '3')
		api.save.mockRejectedValue(error)

		expect(await store.save()).toBe(false)
		expect(store.saveFailure?.kind).toBe(kind)
		expect(store.saved.privacyNotice.version).toBe('1')
		expect(store.draft.privacyNotice.version).toBe('3')
	})

	it('does not call the API when the password is not confirmed', async () => {
		const store = useAdminPolicyStore()
		store.init(defaultPolicy())
		store.updateNotice('version', '2')
		confirmPassword.mockRejectedValue(new Error('cancelled'))

		expect(await store.save()).toBe(false)
		expect(api.save).not.toHaveBeenCalled()
		expect(store.saveFailure?.kind).toBe('password')
		expect(store.draft.privacyNotice.version).toBe('2')
	})

	it('refuses to save an invalid or unchanged draft', async () => {
		const store = useAdminPolicyStore()
		store.init(defaultPolicy())
		expect(await store.save()).toBe(false)

		store.updateNotice('text', '')
		expect(await store.save()).toBe(false)
		expect(api.save).not.toHaveBeenCalled()
		expect(confirmPassword).not.toHaveBeenCalled()
	})

	it('keeps edits made while the save was running', async () => {
		const store = useAdminPolicyStore()
		store.init(defaultPolicy())
		store.updateNotice('version', '2')
		let finish: () => void = () => {}
		api.save.mockImplementation((policy: OrganisationPolicy) => new Promise((resolve) => {
			finish = () => resolve(clone(policy))
		}))

		const saving = store.save()
		await vi.waitFor(() => expect(api.save).toHaveBeenCalled())
		store.updateNotice('version', '3')
		finish()
		await saving

		expect(store.saved.privacyNotice.version).toBe('2')
		expect(store.draft.privacyNotice.version).toBe('3')
		expect(store.dirty).toBe(true)
	})

	it('shows the conversion report delivered with the page until an admin dismisses it', async () => {
		const report = { migratedAt: 1_900_000_000, changes: [{ group: '', setting: 'chatExpiry', before: { default: 0, allowed: [3600, 0], locked: false }, after: { default: 3600, threshold: 3600, locked: false }, narrowed: true }] }
		loadState.mockImplementation((_app: string, key: string) => (key === 'policyMigration' ? report : defaultPolicy()))
		const store = useAdminPolicyStore()
		await store.load()
		expect(store.migration).toEqual(report)

		api.dismissMigration.mockRejectedValueOnce(new OcsError(0, 'network', ''))
		await store.dismissMigration()
		expect(store.migration).toEqual(report)
		expect(store.dismissFailed).toBe(true)

		api.dismissMigration.mockResolvedValueOnce(undefined)
		await store.dismissMigration()
		expect(store.migration).toBeNull()
		expect(store.dismissFailed).toBe(false)
		loadState.mockReset()
	})

	it('loads the policy delivered with the page, else from the API, else the built-in one', async () => {
		const delivered = policyWith((p) => {
			p.privacyNotice.version = 'delivered'
		})
		loadState.mockReturnValueOnce(delivered)
		const store = useAdminPolicyStore()
		await store.load()
		expect(loadState).toHaveBeenCalledWith('safe_meeting', 'organisationPolicy', null)
		expect(store.draft.privacyNotice.version).toBe('delivered')
		expect(api.get).not.toHaveBeenCalled()

		loadState.mockReturnValueOnce(null)
		api.get.mockResolvedValueOnce(policyWith((p) => {
			p.privacyNotice.version = 'api'
		}))
		await store.load()
		expect(store.saved.privacyNotice.version).toBe('api')
		expect(store.loadFailed).toBe(false)

		loadState.mockReturnValueOnce(null)
		api.get.mockRejectedValueOnce(new OcsError(0, 'network', ''))
		await store.load()
		expect(store.draft).toEqual(defaultPolicy())
		expect(store.loadFailed).toBe(true)
		expect(store.loaded).toBe(true)
	})

	it('discards the draft and resets it to the built-in policy without saving', () => {
		const store = useAdminPolicyStore()
		const stored = policyWith((p) => {
			p.settings.lobby.locked = true
		})
		store.init(stored)
		store.updateNotice('version', '9')
		store.discard()
		expect(store.draft).toEqual(stored)

		store.resetToDefault()
		expect(store.draft).toEqual(defaultPolicy())
		expect(store.saved).toEqual(stored)
		expect(api.save).not.toHaveBeenCalled()
	})
})
