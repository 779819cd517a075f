<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

use OCA\SafeMeeting\Db\PendingFileMapper;
use OCA\SafeMeeting\Db\ShareTableReader;

/**
 * Remembers the files of all room shares of a meeting as pending, just before Talk removes the shares
 * by SQL without any share event: when it deletes the room (its share listener on RoomDeletedEvent) or
 * clears the chat history (ChatManager::clearHistory). Retention then deletes (or keeps, and notes) the
 * files at their time. A file whose share survives after all stays decided by that share (the planner
 * skips a pending file that still has a live share in the room).
 */
class PendingRoomShares {
	public function __construct(
		private ShareTableReader $shareTable,
		private PendingFileMapper $pendingFiles,
	) {
	}

	/** @return int how many room shares were remembered */
	public function rememberAll(string $token): int {
		$shares = $this->shareTable->roomSharesOf([$token])[$token] ?? [];
		foreach ($shares as $share) {
			$this->pendingFiles->remember($share);
		}
		return count($shares);
	}
}
