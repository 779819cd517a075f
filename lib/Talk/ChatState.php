<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

/**
 * How long a room's chat messages live: Talk stamps each message at posting with now + messageExpiration
 * (talk.md §7.2), so the last one goes messageExpiration after the room's last activity at the latest.
 */
final class ChatState {
	public function __construct(
		public readonly string $name,
		/** Seconds; 0 = messages never expire. */
		public readonly int $messageExpiration,
		/** Unix seconds of the last message or call, null when nothing happened yet. */
		public readonly ?int $lastActivity,
	) {
	}

	/** When the newest message so far will be gone, or null when nothing expires or nothing was posted. */
	public function lastMessageGoneAt(): ?int {
		if ($this->messageExpiration <= 0 || $this->lastActivity === null) {
			return null;
		}
		return $this->lastActivity + $this->messageExpiration;
	}
}
