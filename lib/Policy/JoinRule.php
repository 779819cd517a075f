<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

use OCA\SafeMeeting\Talk\JoinAttempt;

/**
 * Who may join a safe meeting right now (README, "Who counts as already in"). Pure: the caller says
 * who is joining, whether the meeting is locked and what time it is.
 *
 * - Nobody who is already in is refused: Talk removes a user whose join is cancelled, and people whose
 *   connection dropped must get back in.
 * - While locked, newcomers stay out; a user may come in on a moderator's one-time admission.
 * - Guests (link and e-mail guests) may join only from `guestWindowMinutes` before the plan's start to
 *   its end; guests coming back in the same browser session and guest moderators are not held to it.
 */
final class JoinRule {
	/** Built-in default of the policy setting `guestWindowMinutes`, for plans registered before it existed. */
	public const DEFAULT_GUEST_WINDOW_MINUTES = 30;

	public static function judge(JoinAttempt $attempt, bool $locked, array $plan, int $now): JoinVerdict {
		if ($attempt->presence === JoinAttempt::ATTENDEE || $attempt->presence === JoinAttempt::RETURNING_GUEST || $attempt->moderator) {
			return new JoinVerdict(JoinVerdict::ALLOW);
		}
		if ($attempt->kind === JoinAttempt::GUEST) {
			[$from, $until] = self::guestWindow($plan);
			if ($now < $from || $now > $until) {
				return new JoinVerdict(JoinVerdict::REFUSE_OUTSIDE_WINDOW, $from, $until);
			}
		}
		if (!$locked || $attempt->presence === JoinAttempt::INVITED_GUEST) {
			return new JoinVerdict(JoinVerdict::ALLOW);
		}
		return new JoinVerdict($attempt->actorType !== null ? JoinVerdict::NEEDS_ADMISSION : JoinVerdict::REFUSE_LOCKED);
	}

	/**
	 * When guests may join, Unix seconds: [start − guestWindowMinutes, end]. A plan without the setting
	 * (registered before it existed) gets the built-in default; a damaged one is read as closed.
	 *
	 * @return array{0: int, 1: int}
	 */
	public static function guestWindow(array $plan): array {
		$minutes = $plan['settings']['guestWindowMinutes'] ?? self::DEFAULT_GUEST_WINDOW_MINUTES;
		$start = $plan['start'] ?? null;
		$end = $plan['end'] ?? null;
		if (!is_int($minutes) || !is_int($start) || !is_int($end)) {
			return [PHP_INT_MAX, PHP_INT_MIN];
		}
		return [$start - max(0, $minutes) * 60, $end];
	}
}
