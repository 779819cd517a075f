/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { meetingsApi } from '../../../src/api/meetings.ts'

const ocsRequest = vi.hoisted(() => vi.fn())
vi.mock('../../../src/api/ocs.ts', () => ({ ocsRequest }))

const page = (tokens: string[], nextCursor: string | null) => ({ status: 200, data: { meetings: tokens.map((token) => ({ token })), nextCursor } })

describe('meetingsApi.find', () => {
	beforeEach(() => ocsRequest.mockReset())

	it('pages through the list until it finds the conversation, and no further', async () => {
		ocsRequest.mockResolvedValueOnce(page(['aaaa1111'], '1.1.5.1')).mockResolvedValueOnce(page(['bbbb2222'], '1.1.6.2')).mockResolvedValueOnce(page(['cccc3333'], null))
		expect(await meetingsApi.find('bbbb2222')).toEqual({ token: 'bbbb2222' })
		expect(ocsRequest.mock.calls.map((call) => new URL(call[1], 'http://localhost').searchParams.get('cursor'))).toEqual([null, '1.1.5.1'])
	})

	it('is null when no page has it', async () => {
		ocsRequest.mockResolvedValueOnce(page(['aaaa1111'], null))
		expect(await meetingsApi.find('zzzz9999')).toBeNull()
	})
})
