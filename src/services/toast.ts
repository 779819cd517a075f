/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Nextcloud's success toast, loaded when one is first shown: no page needs `@nextcloud/dialogs` to open.
 */
export async function showSuccessToast(message: string): Promise<void> {
	const [dialogs] = await Promise.all([
		import('@nextcloud/dialogs'),
		import('@nextcloud/dialogs/style.css'),
	])
	dialogs.showSuccess(message)
}
