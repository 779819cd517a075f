/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { OcsError } from '../../../src/api/ocs.ts'
import { GENERATED_MIN_LENGTH, generatePassword, randomPassword } from '../../../src/services/generatePassword.ts'

const ocsRequest = vi.hoisted(() => vi.fn())
vi.mock('../../../src/api/ocs.ts', async (original) => ({ ...(await original<object>()), ocsRequest }))

const WITH_GENERATOR = { password_policy: { api: { generate: '/ocs/v2.php/apps/password_policy/api/v1/generate' } } }

describe('generatePassword', () => {
	beforeEach(() => ocsRequest.mockReset())

	it('uses the password_policy generator when its capability is present', async () => {
		ocsRequest.mockResolvedValue({ status: 200, data: { password: 'Policy-Generated-Password-123' } })
		expect(await generatePassword(16, WITH_GENERATOR)).toBe('Policy-Generated-Password-123')
		expect(ocsRequest).toHaveBeenCalledWith('GET', '/ocs/v2.php/apps/password_policy/api/v1/generate?context=sharing')
	})

	it('falls back to Web Crypto when the generator fails or returns a short password', async () => {
		ocsRequest.mockRejectedValueOnce(new OcsError(409, '', ''))
		expect((await generatePassword(16, WITH_GENERATOR)).length).toBe(GENERATED_MIN_LENGTH)
		ocsRequest.mockResolvedValueOnce({ status: 200, data: { password: 'short' } })
		expect((await generatePassword(30, WITH_GENERATOR)).length).toBe(30)
	})

	it('does not call any API without the capability', async () => {
		expect((await generatePassword(12, {})).length).toBe(GENERATED_MIN_LENGTH)
		expect(ocsRequest).not.toHaveBeenCalled()
	})
})

describe('randomPassword', () => {
	it('has the requested length and no look-alike characters', () => {
		const password = randomPassword(64)
		expect(password).toHaveLength(64)
		expect(password).not.toMatch(/[0O1lI]/)
	})

	it('skips biased bytes instead of wrapping them around', () => {
		// 255 is above the largest multiple of the alphabet size, so it must be dropped.
		const bytes = [255, 0, 255, 1]
		const password = randomPassword(2, (buffer) => buffer.map((_, i) => bytes[i % bytes.length]!))
		expect(password).toBe('AB')
	})
})
