<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\Db\Meeting;

/**
 * Where a meeting stands on "My safe meetings": running first, then upcoming ones soonest first, then
 * past ones most recent first (by the plan's times at `at`). A page ends with the position of its last
 * meeting as the cursor of the next: the phases are fixed at the first page's time, so a later page
 * neither skips nor repeats a meeting when meetings are removed or registered meanwhile.
 */
class MeetingListPosition {
	public const RUNNING = 0;
	public const UPCOMING = 1;
	public const PAST = 2;
	/** The cursor's form: time, phase, sort key, meeting id. */
	public const CURSOR_PATTERN = '/^(\d{1,12})\.([012])\.(-?\d{1,12})\.(\d{1,18})$/';

	public function __construct(
		public int $at,
		public int $phase,
		public int $key,
		public int $id,
	) {
	}

	public static function of(Meeting $meeting, int $at): self {
		$plan = $meeting->planArray();
		$start = (int)($plan['start'] ?? 0);
		$end = (int)($plan['end'] ?? 0);
		$phase = $at < $start ? self::UPCOMING : ($at < $end ? self::RUNNING : self::PAST);
		// Past meetings sort by their start backwards: the most recent first.
		return new self($at, $phase, $phase === self::PAST ? -$start : $start, $meeting->getId());
	}

	/** null when the cursor is malformed. */
	public static function fromCursor(string $cursor): ?self {
		if (preg_match(self::CURSOR_PATTERN, $cursor, $m) !== 1) {
			return null;
		}
		return new self((int)$m[1], (int)$m[2], (int)$m[3], (int)$m[4]);
	}

	public function cursor(): string {
		return "{$this->at}.{$this->phase}.{$this->key}.{$this->id}";
	}

	public function compare(self $other): int {
		return [$this->phase, $this->key, $this->id] <=> [$other->phase, $other->key, $other->id];
	}
}
