/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { Ref } from 'vue'

import { ref, watch } from 'vue'

/**
 * Becomes true once `ready` is true and the browser has painted that state: parts rendered behind it
 * (and the code and data they fetch) never delay what the page shows first.
 */
export function useAfterPaint(ready: () => boolean): Readonly<Ref<boolean>> {
	const painted = ref(false)
	let scheduled = false
	watch(ready, (isReady) => {
		if (isReady && !scheduled) {
			scheduled = true
			// The frame callback runs before that frame is painted; the task queued there runs after it.
			requestAnimationFrame(() => setTimeout(() => {
				painted.value = true
			}))
		}
	}, { immediate: true, flush: 'post' })
	return painted
}
