/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import App from '../../../src/App.vue'

vi.mock('../../../src/api/meetings.ts', () => ({ meetingsApi: { list: vi.fn().mockResolvedValue({ meetings: [], nextCursor: null, now: Math.floor(Date.now() / 1000) }), register: vi.fn() } }))
vi.mock('../../../src/api/retention.ts', () => ({ retentionApi: { receipts: vi.fn().mockResolvedValue({ receipts: [], hasMore: false }) } }))

describe('App', () => {
	beforeEach(() => {
		setActivePinia(createPinia())
		// Nextcloud's page layout provides the skip-links target NcContent teleports into.
		if (document.getElementById('skip-actions') === null) {
			document.body.insertAdjacentHTML('afterbegin', '<div id="skip-actions"></div>')
		}
	})

	it.each(['#/', '#/new'])('renders %s without errors', async (hash) => {
		window.location.hash = hash
		const errors: unknown[] = []
		const wrapper = mount(App, { attachTo: document.body, global: { config: { errorHandler: (error) => { errors.push(error) } } } })
		await flushPromises()
		await new Promise((resolve) => setTimeout(resolve, 50))
		await flushPromises()
		expect(errors).toEqual([])
		expect(wrapper.text()).toContain(hash === '#/new' ? 'New safe meeting' : 'My safe meetings')
		wrapper.unmount()
	})
	it('moves keyboard focus into the wizard when it is opened from the list', async () => {
		window.location.hash = '#/'
		const wrapper = mount(App, { attachTo: document.body })
		await flushPromises()
		await wrapper.findAll('button').find((b) => b.text() === 'New safe meeting')!.trigger('click')
		// The wizard is loaded on demand; its first transform in a cold test run can take a second or more.
		await vi.waitFor(() => expect(document.activeElement?.textContent?.trim()).toBe('New safe meeting'), { timeout: 10_000 })
		expect(document.activeElement?.tagName).toBe('H2')
		wrapper.unmount()
	})
})
