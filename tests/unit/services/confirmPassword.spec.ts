/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it, vi } from 'vitest'
import { confirmPassword } from '../../../src/services/confirmPassword.ts'

const library = vi.hoisted(() => ({ confirmPassword: vi.fn() }))
vi.mock('@nextcloud/password-confirmation', () => library)

describe('confirmPassword', () => {
	it('loads Nextcloud\'s password confirmation on demand and waits for it', async () => {
		library.confirmPassword.mockResolvedValue(undefined)
		await expect(confirmPassword()).resolves.toBeUndefined()
		expect(library.confirmPassword).toHaveBeenCalledOnce()
	})

	it('fails when the admin cancels, so nothing is saved', async () => {
		library.confirmPassword.mockRejectedValue(new Error('Dialog closed'))
		await expect(confirmPassword()).rejects.toThrow('Dialog closed')
	})
})
