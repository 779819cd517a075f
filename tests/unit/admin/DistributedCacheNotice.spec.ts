/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import DistributedCacheNotice from '../../../src/components/admin/DistributedCacheNotice.vue'

const loadState = vi.hoisted(() => vi.fn())
vi.mock('@nextcloud/initial-state', () => ({ loadState }))

describe('DistributedCacheNotice', () => {
	it('recommends a distributed cache where the server has none', () => {
		loadState.mockReturnValueOnce(false)

		const wrapper = mount(DistributedCacheNotice)

		expect(loadState).toHaveBeenCalledWith('safe_meeting', 'distributedCache', true)
		expect(wrapper.text()).toContain('No distributed cache is configured')
		expect(wrapper.text()).toContain('memcache.distributed')
	})

	it('says nothing where every web server shares the cache', () => {
		loadState.mockReturnValueOnce(true)

		expect(mount(DistributedCacheNotice).text()).toBe('')
	})
})
