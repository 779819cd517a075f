<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

/**
 * Who and what is already in a Talk room, in plain values: what a moderator may have added before the
 * room was registered, which the guards only stop from being added later.
 */
final class RoomMembership {
	public function __construct(
		/** @var list<string> Talk's actor types of participants without an account here (`emails`, `phones`, `federated_users`) */
		public readonly array $outsideActorTypes,
		/** How many participants who are no moderators have "ignore the lobby" among their own permissions. */
		public readonly int $lobbySkippers,
		/** @var list<string> URLs of the bots enabled in the room (`nextcloudapp://…` for app bots) */
		public readonly array $botUrls,
	) {
	}

	/**
	 * As MembershipChecker reads it.
	 * @return array{outsideActorTypes: list<string>, lobbySkippers: int, botUrls: list<string>}
	 */
	public function facts(): array {
		return ['outsideActorTypes' => $this->outsideActorTypes, 'lobbySkippers' => $this->lobbySkippers, 'botUrls' => $this->botUrls];
	}
}
