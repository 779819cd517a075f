/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it, vi } from 'vitest'
import { showSuccessToast } from '../../../src/services/toast.ts'

const dialogs = vi.hoisted(() => ({ showSuccess: vi.fn() }))
vi.mock('@nextcloud/dialogs', () => dialogs)

describe('showSuccessToast', () => {
	it('loads Nextcloud\'s dialogs on demand and shows the message as a success toast', async () => {
		await showSuccessToast('Receipt period saved')
		expect(dialogs.showSuccess).toHaveBeenCalledExactlyOnceWith('Receipt period saved')
	})
})
