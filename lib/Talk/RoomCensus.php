<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

/**
 * How many of all Talk rooms (not only safe meetings) are open in a way the authorities check
 * (compliance.md criteria 5, 7 and 15). The same counts as src/compliance/roomCensus.ts.
 */
final class RoomCensus {
	public function __construct(
		/** Rooms with a guest link (type 3). */
		public readonly int $public,
		public readonly int $publicWithoutPassword,
		public readonly int $publicWithoutLobby,
		/** Rooms other users can find and join without the password (listable 1 or 2). */
		public readonly int $listable,
		/** Rooms with dial-in and no PIN (sipEnabled 2). */
		public readonly int $sipWithoutPin,
	) {
	}

	/** @return array{public: int, publicWithoutPassword: int, publicWithoutLobby: int, listable: int, sipWithoutPin: int} */
	public function toArray(): array {
		return [
			'public' => $this->public,
			'publicWithoutPassword' => $this->publicWithoutPassword,
			'publicWithoutLobby' => $this->publicWithoutLobby,
			'listable' => $this->listable,
			'sipWithoutPin' => $this->sipWithoutPin,
		];
	}
}
