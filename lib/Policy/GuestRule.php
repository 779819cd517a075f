<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * Whether a registered plan lets guests without an account (e-mail invitations) into the meeting. Pure.
 */
final class GuestRule {
	/** Talk's room type for a public room: the only plan room type that has guests (with a password). */
	public const GUEST_ROOM_TYPE = 3;

	/**
	 * True for room type 2 (no guests), and also for a plan that names no known room type: registered plans
	 * were validated, so that is a damaged plan, and guests are not let in on a guess.
	 */
	public static function forbidsGuests(array $plan): bool {
		return ($plan['talk']['roomType'] ?? null) !== self::GUEST_ROOM_TYPE;
	}
}
