/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { MeetingOverview } from '../../../src/api/types.ts'

import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useMeetingOverviewStore } from '../../../src/stores/meetingOverview.ts'

const api = vi.hoisted(() => ({ report: vi.fn(), fix: vi.fn(), meetings: vi.fn() }))
vi.mock('../../../src/api/compliance.ts', () => ({ complianceApi: api }))

function page(total: number, tokens: string[]): MeetingOverview {
	return {
		total,
		counts: { compliant: total, findings: 0, 'room-missing': 0 },
		meetings: tokens.map((token) => ({ token, title: token, start: 0, end: 0, owner: 'alice', ownerDisplayName: 'Alice', status: 'compliant', findings: [], serverFindings: [] })),
	}
}

describe('meeting overview store', () => {
	beforeEach(() => {
		setActivePinia(createPinia())
		vi.clearAllMocks()
	})

	it('asks the server for each page and for each filter from its first page', async () => {
		api.meetings.mockResolvedValue(page(60, ['a']))
		const store = useMeetingOverviewStore()
		await store.load()
		expect(store.pages).toBe(3)

		await store.goTo(3)
		expect(api.meetings).toHaveBeenLastCalledWith({ status: 'all', owner: '', search: '', page: 3, limit: 25 })
		await store.goTo(4)
		expect(api.meetings).toHaveBeenCalledTimes(2)

		await store.filter({ status: 'findings', search: 'board' })
		expect(api.meetings).toHaveBeenLastCalledWith({ status: 'findings', owner: '', search: 'board', page: 1, limit: 25 })
	})

	it('keeps the answer to the newest request when an older one arrives later', async () => {
		let answerOld: (value: MeetingOverview) => void = () => undefined
		api.meetings.mockImplementationOnce(() => new Promise((resolve) => {
			answerOld = resolve
		}))
		api.meetings.mockResolvedValueOnce(page(1, ['new']))
		const store = useMeetingOverviewStore()

		const old = store.load()
		await store.filter({ search: 'new' })
		answerOld(page(1, ['old']))
		await old

		expect(store.result?.meetings.map((m) => m.token)).toEqual(['new'])
		expect(store.loading).toBe(false)
	})
})
