<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * When a safe meeting locks itself, as its plan says (`autoLock`, `autoLockMinutes`). Pure.
 *
 * The plan locks a meeting at most once per call: after a moderator unlocks it (whoever locked it), it
 * stays open until a new call starts.
 */
final class AutoLockRule {
	public const WHEN_ALL_JOINED = 'when-all-joined';
	public const MINUTES_AFTER_START = 'minutes-after-start';
	public const OFF = 'off';

	/** The plan's mode; a plan without one gets the built-in default, an unknown value locks nothing. */
	public static function mode(array $plan): string {
		$mode = $plan['settings']['autoLock'] ?? self::WHEN_ALL_JOINED;
		return in_array($mode, [self::WHEN_ALL_JOINED, self::MINUTES_AFTER_START], true) ? $mode : self::OFF;
	}

	/** For "N minutes after the start": when the lock is due, Unix seconds; null when not (yet) known. */
	public static function dueAt(array $plan, ?int $callStartedAt): ?int {
		$minutes = $plan['settings']['autoLockMinutes'] ?? null;
		if (self::mode($plan) !== self::MINUTES_AFTER_START || $callStartedAt === null || !is_int($minutes)) {
			return null;
		}
		return $callStartedAt + max(0, $minutes) * 60;
	}

	/** Whether the plan may still lock the meeting in its current call (not locked, by anyone, since the call started). */
	public static function mayStillLock(?int $autoLockedAt, ?int $callStartedAt): bool {
		return $autoLockedAt === null || ($callStartedAt !== null && $autoLockedAt < $callStartedAt);
	}

	/** Whether "N minutes after the start" is due now. */
	public static function minutesElapsed(array $plan, ?int $callStartedAt, ?int $autoLockedAt, int $now): bool {
		$due = self::dueAt($plan, $callStartedAt);
		return $due !== null && $now >= $due && self::mayStillLock($autoLockedAt, $callStartedAt);
	}
}
