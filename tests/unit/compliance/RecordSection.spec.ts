/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import RecordSection from '../../../src/components/compliance/RecordSection.vue'
import { OcsError } from '../../../src/api/ocs.ts'
import { useRecordContactStore } from '../../../src/stores/recordContact.ts'

const api = vi.hoisted(() => ({ contact: vi.fn(), setContact: vi.fn() }))
vi.mock('../../../src/api/compliance.ts', () => ({
	complianceApi: api,
	recordLinks: { page: () => '/record', json: () => '/record.json', csv: () => '/record.csv' },
}))
vi.mock('@nextcloud/dialogs', () => ({ showSuccess: vi.fn() }))
vi.mock('@nextcloud/password-confirmation', () => ({ confirmPassword: vi.fn() }))

describe('RecordSection', () => {
	beforeEach(() => {
		setActivePinia(createPinia())
		vi.clearAllMocks()
	})

	it('keeps the contact fields locked while the stored contact is missing, and loads it again on request', async () => {
		api.contact.mockRejectedValueOnce(new OcsError(503, '', 'The server is in maintenance mode.'))
		api.contact.mockResolvedValueOnce({ contact: 'Town hall', dpo: 'dpo@example.org' })
		const wrapper = mount(RecordSection)
		await useRecordContactStore().load()
		await flushPromises()
		expect(wrapper.text()).toContain('The server is in maintenance mode.')
		expect(wrapper.findAll('input').every((input) => input.element.disabled)).toBe(true)

		await wrapper.findAll('button').find((button) => button.text() === 'Try again')!.trigger('click')
		await flushPromises()
		expect(wrapper.text()).not.toContain('maintenance mode')
		expect(wrapper.findAll('input').map((input) => [input.element.disabled, input.element.value])).toEqual([[false, 'Town hall'], [false, 'dpo@example.org']])
		expect(wrapper.find('a[href="/record.csv"]').exists()).toBe(true)
	})
})
