<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

/**
 * A file or folder shared into a Talk room (a row of Nextcloud's share table with share type 10 and the
 * room token as recipient), as retention needs it.
 */
final class RoomShare {
	public function __construct(
		/** The share's id in the share table; Talk's share provider knows it as `ocRoomShare:<id>`. */
		public readonly int $id,
		public readonly string $token,
		/** Whose file it is (uid_owner) and who shared it into the chat (uid_initiator). */
		public readonly string $owner,
		public readonly string $sharedBy,
		public readonly int $fileId,
		/** `file` or `folder`. */
		public readonly string $itemType,
		/** The name the chat shows, e.g. `/{TALK_PLACEHOLDER}/agenda.pdf`. */
		public readonly string $target,
		public readonly int $sharedAt,
	) {
	}

	public function fullId(): string {
		return 'ocRoomShare:' . $this->id;
	}

	/** The file name as participants saw it in the chat. */
	public function name(): string {
		return basename($this->target);
	}
}
