/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { PrivacyNotice } from './types.ts'

/** Talk's limit for a room description (Room::DESCRIPTION_MAXIMUM_LENGTH). */
export const DESCRIPTION_MAX_LENGTH = 2000
export const NOTICE_SEPARATOR = '\n\n---\n'

/**
 * The room description: the creator's text, then the privacy notice participants see before joining.
 */
export function composeDescription(text: string, notice: PrivacyNotice): string {
	const noticeBlock = [notice.text.trim(), notice.url.trim()].filter((part) => part !== '').join('\n')
	if (noticeBlock === '') {
		return text
	}
	return text === '' ? noticeBlock : text + NOTICE_SEPARATOR + noticeBlock
}

/**
 * Whether a room description still carries the notice (moderators can edit descriptions in Talk).
 */
export function carriesNotice(description: string, notice: PrivacyNotice): boolean {
	return description.includes(notice.text.trim()) && description.includes(notice.url.trim())
}
