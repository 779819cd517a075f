/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

const openMeetingControls = vi.hoisted(() => vi.fn())
vi.mock('../../../src/integration/openMeetingControls.ts', () => ({ openMeetingControls }))

type Action = { label: string, icon: string, callback: (context: { metadata: { token: string } }) => void }

describe('the script on Talk\'s page', () => {
	afterEach(() => {
		vi.resetModules()
		vi.clearAllMocks()
		Reflect.deleteProperty(window, 'OCA')
	})

	it('registers one message action that opens the controls of the conversation on demand', async () => {
		const registerMessageAction = vi.fn()
		Object.assign(window, { OCA: { Talk: { registerMessageAction } } })
		await import('../../../src/talk.ts')
		window.dispatchEvent(new Event('DOMContentLoaded'))

		expect(registerMessageAction).toHaveBeenCalledTimes(1)
		const action = registerMessageAction.mock.calls[0]![0] as Action
		expect(action.label).toBe('Safe meeting controls')
		expect(openMeetingControls).not.toHaveBeenCalled()
		action.callback({ metadata: { token: 'tok12345' } })
		await vi.waitFor(() => expect(openMeetingControls).toHaveBeenCalledWith('tok12345'))
	})

	it('does nothing on a Talk without message actions', async () => {
		await import('../../../src/talk.ts')
		expect(() => window.dispatchEvent(new Event('DOMContentLoaded'))).not.toThrow()
		expect(openMeetingControls).not.toHaveBeenCalled()
	})
})
