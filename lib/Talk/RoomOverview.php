<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

/**
 * A room as "My safe meetings" shows it: its state plus how many take part and whether a call runs.
 */
final class RoomOverview {
	public function __construct(
		public readonly RoomState $state,
		/** Attendees of every kind (users, e-mail guests, guests), as Talk counts them. */
		public readonly int $participants,
		public readonly bool $callActive,
	) {
	}
}
