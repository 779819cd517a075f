/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Receipt } from '../../../src/api/types.ts'

import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ReceiptsSection from '../../../src/components/admin/ReceiptsSection.vue'
import ReceiptList from '../../../src/components/receipts/ReceiptList.vue'
import { OcsError } from '../../../src/api/ocs.ts'
import { PAGE_SIZE } from '../../../src/stores/receipts.ts'

const api = vi.hoisted(() => ({ receipts: vi.fn(), exportCsv: vi.fn(), settings: vi.fn(), saveSettings: vi.fn() }))
vi.mock('../../../src/api/retention.ts', () => ({ retentionApi: api }))
const confirmPassword = vi.hoisted(() => vi.fn())
vi.mock('../../../src/services/confirmPassword.ts', () => ({ confirmPassword }))
const showSuccess = vi.hoisted(() => vi.fn())
vi.mock('../../../src/services/toast.ts', () => ({ showSuccessToast: showSuccess }))

function receipt(id: number, over: Partial<Receipt> = {}): Receipt {
	return {
		id,
		token: 'tok12345',
		kind: 'file',
		objectId: String(id),
		objectName: `file${id}.pdf`,
		action: 'deleted',
		reason: null,
		rule: 'file-retention',
		at: 1_900_000_000,
		actorType: 'job',
		actorId: null,
		...over,
	}
}

function button(w: ReturnType<typeof mount>, text: string) {
	const found = w.findAll('button').find((b) => b.text() === text)
	if (!found) {
		throw new Error(`no button ${text}`)
	}
	return found
}

describe('ReceiptList', () => {
	beforeEach(() => {
		setActivePinia(createPinia())
		vi.clearAllMocks()
	})

	it('lists receipts in plain words, newest first', async () => {
		api.receipts.mockResolvedValue({
			receipts: [
				receipt(3, { kind: 'conversation', objectName: 'Board meeting', rule: 'purge', actorType: 'user', actorId: 'alice' }),
				receipt(2, { action: 'kept', reason: 'shared-elsewhere' }),
				receipt(1),
			],
			hasMore: false,
		})
		const w = mount(ReceiptList)
		await flushPromises()

		expect(api.receipts).toHaveBeenCalledWith({ limit: PAGE_SIZE, offset: 0 })
		const rows = w.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))
		expect(rows[0]!.slice(1)).toEqual(['tok12345', 'Conversation', 'Board meeting', 'Deleted', 'Purged by a moderator', 'alice'])
		expect(rows[1]![4]).toBe('Also shared elsewhere: the file stays.')
		expect(rows[2]!.slice(2)).toEqual(['File', 'file1.pdf', 'Deleted', 'File retention', 'Background job'])
		expect(w.find('caption').text()).toBe('Deletion receipts, newest first')
	})

	it('shows an empty state', async () => {
		api.receipts.mockResolvedValue({ receipts: [], hasMore: false })
		const w = mount(ReceiptList)
		await flushPromises()
		expect(w.text()).toContain('No deletion receipts yet')
	})

	it('pages on request', async () => {
		api.receipts.mockResolvedValueOnce({ receipts: [receipt(2)], hasMore: true }).mockResolvedValueOnce({ receipts: [receipt(1)], hasMore: false })
		const w = mount(ReceiptList)
		await flushPromises()
		await button(w, 'Show more receipts').trigger('click')
		await flushPromises()

		expect(api.receipts).toHaveBeenLastCalledWith({ limit: PAGE_SIZE, offset: 1 })
		expect(w.findAll('tbody tr')).toHaveLength(2)
		expect(w.findAll('button').some((b) => b.text() === 'Show more receipts')).toBe(false)
	})

	it('shows why loading failed and tries again', async () => {
		api.receipts.mockRejectedValueOnce(new OcsError(0, 'network', '')).mockResolvedValueOnce({ receipts: [receipt(1)], hasMore: false })
		const w = mount(ReceiptList)
		await flushPromises()
		expect(w.text()).toContain('The server could not be reached. Please try again.')
		await button(w, 'Try again').trigger('click')
		await flushPromises()
		expect(w.findAll('tbody tr')).toHaveLength(1)
	})

	it('downloads the receipts as a CSV file', async () => {
		api.receipts.mockResolvedValue({ receipts: [receipt(1)], hasMore: false })
		api.exportCsv.mockResolvedValue(new Blob(['id\n1\n'], { type: 'text/csv' }))
		const createObjectURL = vi.fn(() => 'blob:receipts')
		Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
		const clicked: string[] = []
		const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function(this: HTMLAnchorElement) {
			clicked.push(this.download)
		})
		const w = mount(ReceiptList)
		await flushPromises()

		await button(w, 'Download as CSV').trigger('click')
		await flushPromises()

		expect(api.exportCsv).toHaveBeenCalledOnce()
		expect(createObjectURL).toHaveBeenCalledOnce()
		expect(clicked).toEqual([expect.stringMatching(/^deletion-receipts-\d{4}-\d{2}-\d{2}\.csv$/)])
		click.mockRestore()
	})
})

describe('ReceiptsSection', () => {
	beforeEach(() => {
		setActivePinia(createPinia())
		vi.clearAllMocks()
		api.receipts.mockResolvedValue({ receipts: [], hasMore: false })
		api.settings.mockResolvedValue({ retentionDays: 365 })
	})

	it('saves a new receipt period after password confirmation', async () => {
		api.saveSettings.mockResolvedValue({ retentionDays: 30 })
		const w = mount(ReceiptsSection)
		await flushPromises()
		const input = w.get<HTMLInputElement>('#safe-meeting-receipt-days')
		expect(input.element.value).toBe('365')

		await input.setValue('30')
		await w.get('form').trigger('submit')
		await flushPromises()

		expect(confirmPassword).toHaveBeenCalledOnce()
		expect(api.saveSettings).toHaveBeenCalledWith(30)
		expect(showSuccess).toHaveBeenCalledWith('Receipt period saved')
	})

	it('refuses a period out of range before asking the server', async () => {
		const w = mount(ReceiptsSection)
		await flushPromises()
		await w.get('#safe-meeting-receipt-days').setValue('0')
		await w.get('form').trigger('submit')
		await flushPromises()

		expect(w.text()).toContain('Enter a whole number of days from 1 to 3650.')
		expect(api.saveSettings).not.toHaveBeenCalled()
	})

	it('stores nothing when the password is not confirmed', async () => {
		confirmPassword.mockRejectedValue(new Error('cancelled'))
		const w = mount(ReceiptsSection)
		await flushPromises()
		await w.get('#safe-meeting-receipt-days').setValue('30')
		await w.get('form').trigger('submit')
		await flushPromises()

		expect(api.saveSettings).not.toHaveBeenCalled()
		expect(w.get('[role="alert"]').text()).toBe('Not saved: your password was not confirmed.')
	})
})
