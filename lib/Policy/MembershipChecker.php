<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * Who and what a room already holds against its plan, at registration: the guards refuse these only
 * from then on. Pure; findings in RoomChecker's shape.
 *
 * - `outside-participants`: e-mail guests, phone numbers or users of other servers where the plan allows no guests;
 * - `attendee-lobby-bypass`: participants who are no moderators may ignore the lobby by their own permissions;
 * - `bots`: bots other than Safe Meeting's own are enabled where the plan allows none.
 */
final class MembershipChecker {
	/**
	 * @param array{outsideActorTypes: list<string>, lobbySkippers: int, botUrls: list<string>} $room
	 * @return list<array{code: string, expected: string|int|bool, actual: string|int|bool}>
	 */
	public static function check(array $plan, array $room): array {
		$findings = [];
		if ($room['outsideActorTypes'] !== [] && GuestRule::forbidsGuests($plan)) {
			$findings[] = ['code' => 'outside-participants', 'expected' => '', 'actual' => implode(',', $room['outsideActorTypes'])];
		}
		if ($room['lobbySkippers'] > 0) {
			$findings[] = ['code' => 'attendee-lobby-bypass', 'expected' => 0, 'actual' => $room['lobbySkippers']];
		}
		$others = array_values(array_filter($room['botUrls'], static fn (string $url): bool => !BotRule::isOwnBot($url)));
		if ($others !== [] && BotRule::forbidsBots($plan)) {
			$findings[] = ['code' => 'bots', 'expected' => 0, 'actual' => count($others)];
		}
		return $findings;
	}
}
