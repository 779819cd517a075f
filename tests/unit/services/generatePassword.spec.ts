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
		expect(ocsRequest).toHaveBeenCalledWith('GET', '/ocs/v2.php/apps/password_policy/api/v1/generate?context=account')
	})

	it('lengthens a short generated password to the required length, keeping its characters', async () => {
		ocsRequest.mockResolvedValueOnce({ status: 200, data: { password: 'Gen-3rated!' } })
		const password = await generatePassword(30, WITH_GENERATOR)
		expect(password).toHaveLength(30)
		expect(password.startsWith('Gen-3rated!')).toBe(true)
	})

	it('falls back to Web Crypto when the generator fails', async () => {
		ocsRequest.mockRejectedValueOnce(new OcsError(409, '', ''))
		expect((await generatePassword(16, WITH_GENERATOR)).length).toBe(GENERATED_MIN_LENGTH)
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

	it('always has an upper-case letter, a lower-case letter, a digit and a symbol', () => {
		for (let i = 0; i < 300; i++) {
			const password = randomPassword(GENERATED_MIN_LENGTH)
			expect(password).toMatch(/[A-Z]/)
			expect(password).toMatch(/[a-z]/)
			expect(password).toMatch(/[2-9]/)
			expect(password).toMatch(/[-_+!?]/)
		}
	})

	it('skips biased bytes instead of wrapping them around', () => {
		// 255 lies above the largest multiple of 24, 25 and 5 below 256, so those alphabets must skip it;
		// the 8 digits divide 256 evenly, so there 255 is a fair draw ('9').
		const bytes = [255, 0]
		let call = 0
		const password = randomPassword(4, (buffer) => buffer.map(() => bytes[call++ % bytes.length]!))
		expect(password.split('').sort().join('')).toBe(['A', 'a', '9', '-'].sort().join(''))
	})
})
