<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

use OCA\SafeMeeting\Db\Receipt;

/**
 * Who deletes, and when: the background job, an admin through occ, or a moderator purging a meeting.
 */
final class ReceiptContext {
	private function __construct(
		public readonly string $actorType,
		public readonly ?string $actorId,
		public readonly int $now,
	) {
	}

	public static function job(int $now): self {
		return new self(Receipt::ACTOR_JOB, null, $now);
	}

	public static function occ(int $now): self {
		return new self(Receipt::ACTOR_OCC, null, $now);
	}

	public static function user(string $userId, int $now): self {
		return new self(Receipt::ACTOR_USER, $userId, $now);
	}
}
