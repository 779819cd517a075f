<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * What JoinRule says about a join: let in, let in only with a one-time admission, or refuse and why.
 */
final class JoinVerdict {
	public const ALLOW = 'allow';
	/** Locked, but this newcomer may hold a moderator's admission: let in if one is pending. */
	public const NEEDS_ADMISSION = 'needs-admission';
	public const REFUSE_LOCKED = 'locked';
	public const REFUSE_OUTSIDE_WINDOW = 'outside-window';

	public function __construct(
		/** @var self::* */
		public readonly string $decision,
		/** For REFUSE_OUTSIDE_WINDOW: the window guests may join in, Unix seconds. */
		public readonly int $windowFrom = 0,
		public readonly int $windowUntil = 0,
	) {
	}

	public function refuses(): bool {
		return $this->decision === self::REFUSE_LOCKED || $this->decision === self::REFUSE_OUTSIDE_WINDOW;
	}
}
