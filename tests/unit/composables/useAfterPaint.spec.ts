/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { useAfterPaint } from '../../../src/composables/useAfterPaint.ts'

describe('useAfterPaint', () => {
	const frames: FrameRequestCallback[] = []
	beforeEach(() => {
		vi.useFakeTimers()
		frames.length = 0
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
	})
	afterEach(() => {
		vi.useRealTimers()
		vi.unstubAllGlobals()
	})

	it('waits for readiness, then for the frame that shows it, then for the task after that frame', async () => {
		const ready = ref(false)
		const painted = useAfterPaint(() => ready.value)
		vi.runAllTimers()
		expect(frames).toHaveLength(0)

		ready.value = true
		await nextTick()
		expect(frames).toHaveLength(1)
		expect(painted.value).toBe(false)

		frames[0]!(0)
		expect(painted.value).toBe(false)
		vi.runAllTimers()
		expect(painted.value).toBe(true)
	})

	it('asks for one frame only, however often readiness changes', async () => {
		const ready = ref(true)
		const painted = useAfterPaint(() => ready.value)
		ready.value = false
		await nextTick()
		ready.value = true
		await nextTick()
		expect(frames).toHaveLength(1)
		frames[0]!(0)
		vi.runAllTimers()
		expect(painted.value).toBe(true)
	})
})
