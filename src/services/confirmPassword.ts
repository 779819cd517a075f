/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Nextcloud's password confirmation, loaded only when an admin saves: the dialog and its styles
 * are not needed to open the admin page.
 */
export async function confirmPassword(): Promise<void> {
	const [confirmation] = await Promise.all([
		import('@nextcloud/password-confirmation'),
		import('@nextcloud/password-confirmation/style.css'),
	])
	await confirmation.confirmPassword()
}
