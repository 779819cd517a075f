<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Retention;

/**
 * When a meeting's plan says its files and its room go. A day is 86 400 seconds; something is due at the
 * very second its time has come (`dueAt <= now`).
 *
 * Plans are read defensively: a plan without a usable value deletes nothing (delete deliberately, never
 * on a guess), and RetentionService logs it.
 */
final class RetentionRules {
	public const DAY = 86400;

	private function __construct(
		public readonly ?int $fileRetentionDays,
		public readonly ?int $meetingRetentionDays,
		public readonly ?int $end,
		public readonly bool $recordingAllowed,
	) {
	}

	public static function fromPlan(array $plan): self {
		$settings = is_array($plan['settings'] ?? null) ? $plan['settings'] : [];
		return new self(
			fileRetentionDays: self::positive($settings['fileRetentionDays'] ?? null),
			meetingRetentionDays: self::positive($settings['meetingRetentionDays'] ?? null),
			end: is_int($plan['end'] ?? null) ? $plan['end'] : null,
			// Anything but an explicit block may have produced recordings; a missing value is the built-in 'blocked'.
			recordingAllowed: isset($settings['recording']) && $settings['recording'] !== 'blocked',
		);
	}

	/** Whether every value retention needs is there. */
	public function isComplete(): bool {
		return $this->fileRetentionDays !== null && $this->meetingRetentionDays !== null && $this->end !== null;
	}

	/** When a file shared (or a recording stored) at `since` goes; null when the plan does not say. */
	public function fileDueAt(int $since): ?int {
		return $this->fileRetentionDays === null ? null : $since + $this->fileRetentionDays * self::DAY;
	}

	/** When the whole meeting goes (room, and every file still left); null when the plan does not say. */
	public function meetingDueAt(): ?int {
		return $this->meetingRetentionDays === null || $this->end === null ? null : $this->end + $this->meetingRetentionDays * self::DAY;
	}

	public function isMeetingDue(int $now): bool {
		$due = $this->meetingDueAt();
		return $due !== null && $due <= $now;
	}

	private static function positive(mixed $value): ?int {
		return is_int($value) && $value > 0 ? $value : null;
	}
}
