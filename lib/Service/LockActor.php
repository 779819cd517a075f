<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

/**
 * The moderator who locks, unlocks, admits or ends, already checked to moderate the room: a user
 * through the API or the bot, or a guest moderator through the bot (Talk's actor type and id).
 */
final class LockActor {
	public function __construct(
		public readonly string $type,
		public readonly string $id,
		public readonly string $displayName,
	) {
	}

	public static function user(string $uid, string $displayName): self {
		return new self('users', $uid, $displayName);
	}

	/** The user id for records that name a user, '' for a guest moderator. */
	public function userId(): string {
		return $this->type === 'users' ? $this->id : '';
	}

	/** `users/alice`, `guests/…`: how the audit log names the actor. */
	public function reference(): string {
		return $this->type . '/' . $this->id;
	}
}
