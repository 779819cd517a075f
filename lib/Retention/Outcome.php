<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

/**
 * What one retention pass over a meeting did: receipts written, and steps that failed (retried next run).
 */
final class Outcome {
	public function __construct(
		public int $deleted = 0,
		public int $kept = 0,
		public int $failed = 0,
		public bool $purged = false,
	) {
	}

	public function add(self $other): void {
		$this->deleted += $other->deleted;
		$this->kept += $other->kept;
		$this->failed += $other->failed;
	}
}
