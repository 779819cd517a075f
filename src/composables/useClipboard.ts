/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { ref } from 'vue'

/** Copies text and remembers the outcome, so a button can say "Copied" or offer copying by hand. */
export function useClipboard() {
	const copied = ref(false)
	const failed = ref(false)
	async function copy(text: string): Promise<void> {
		failed.value = false
		try {
			await navigator.clipboard.writeText(text)
			copied.value = true
		} catch {
			copied.value = false
			failed.value = true
		}
	}
	return { copied, failed, copy }
}
