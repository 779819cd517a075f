/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Sentences for retention previews and deletion receipts.
 */
import type { Receipt, RetentionItem } from '../api/types.ts'

import { t } from '@nextcloud/l10n'

type KeepReason = NonNullable<RetentionItem['reason']>

/** Why a file stays although its share goes (or a recording stays). */
export function keepReasonText(reason: KeepReason): string {
	switch (reason) {
		case 'folder': return t('safe_meeting', 'A folder: only the share is removed.')
		case 'missing': return t('safe_meeting', 'The file no longer exists.')
		case 'not-own-file': return t('safe_meeting', 'Shared from someone else\'s files: the file stays with its owner.')
		case 'owner-changed': return t('safe_meeting', 'The file has a new owner since it was shared: it stays.')
		case 'other-storage': return t('safe_meeting', 'In a group folder, external storage or a received share: the file stays.')
		case 'outside-talk-folder': return t('safe_meeting', 'Not in the Talk folder (shared from elsewhere or moved since): the file stays.')
		case 'shared-elsewhere': return t('safe_meeting', 'Also shared elsewhere: the file stays.')
	}
}

/** What happens to a preview item. */
export function itemActionText(item: RetentionItem): string {
	switch (item.kind) {
		case 'conversation': return t('safe_meeting', 'The conversation with all its messages is deleted.')
		case 'recording': return item.action === 'delete' ? t('safe_meeting', 'The recording is deleted.') : t('safe_meeting', 'The recording stays.')
		case 'share': return item.action === 'delete' ? t('safe_meeting', 'The file is deleted from the chat and from its owner\'s Talk folder.') : t('safe_meeting', 'The file is removed from the chat.')
		case 'file': return item.action === 'delete' ? t('safe_meeting', 'No longer in the chat; the file is deleted from its owner\'s Talk folder.') : t('safe_meeting', 'No longer in the chat.')
	}
}

export function receiptKindText(kind: Receipt['kind']): string {
	switch (kind) {
		case 'share': return t('safe_meeting', 'Shared in the chat')
		case 'file': return t('safe_meeting', 'File')
		case 'recording': return t('safe_meeting', 'Recording')
		case 'conversation': return t('safe_meeting', 'Conversation')
	}
}

export function receiptActionText(receipt: Receipt): string {
	if (receipt.action === 'deleted') {
		return t('safe_meeting', 'Deleted')
	}
	return receipt.reason === null ? t('safe_meeting', 'Left alone') : keepReasonText(receipt.reason)
}

export function ruleText(rule: Receipt['rule']): string {
	switch (rule) {
		case 'file-retention': return t('safe_meeting', 'File retention')
		case 'meeting-retention': return t('safe_meeting', 'Meeting retention')
		case 'purge': return t('safe_meeting', 'Purged by a moderator')
	}
}

export function actorText(receipt: Receipt): string {
	switch (receipt.actorType) {
		case 'job': return t('safe_meeting', 'Background job')
		case 'occ': return t('safe_meeting', 'Administrator (command line)')
		case 'user': return receipt.actorId ?? ''
	}
}
