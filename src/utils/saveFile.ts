/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Hands a downloaded file to the browser as if the user had clicked a download link.
 */
export function saveFile(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob)
	const link = document.createElement('a')
	link.href = url
	link.download = fileName
	link.style.display = 'none'
	document.body.appendChild(link)
	link.click()
	link.remove()
	// Revoked on the next task: the download has started by then.
	setTimeout(() => URL.revokeObjectURL(url), 0)
}
