<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

/**
 * Why retention leaves a file alone (it still removes the room share). Also the receipts' `reason`.
 */
final class KeepReason {
	/** A folder was shared into the chat: folders are only unshared. */
	public const FOLDER = 'folder';
	/** The file is no longer there (deleted or its owner is gone). */
	public const MISSING = 'missing';
	/** Someone shared a file that is not theirs (e.g. one shared with them). */
	public const NOT_OWN_FILE = 'not-own-file';
	/** The file belongs to someone else than when it was shared. */
	public const OWNER_CHANGED = 'owner-changed';
	/** Group folder, external storage or a share received from someone: not the owner's own storage. */
	public const OTHER_STORAGE = 'other-storage';
	/** In the owner's files, but not in their Talk folder (moved out, or shared from elsewhere). */
	public const OUTSIDE_TALK_FOLDER = 'outside-talk-folder';
	/** The file, or a folder holding it, is shared somewhere besides this meeting. */
	public const SHARED_ELSEWHERE = 'shared-elsewhere';

	/** @return list<string> */
	public static function all(): array {
		return [self::FOLDER, self::MISSING, self::NOT_OWN_FILE, self::OWNER_CHANGED, self::OTHER_STORAGE, self::OUTSIDE_TALK_FOLDER, self::SHARED_ELSEWHERE];
	}
}
