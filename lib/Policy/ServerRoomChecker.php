<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * What a room does against its plan that Talk's room API does not show the browser's checkRoom, so only
 * the server can find it. Pure; findings in RoomChecker's shape, so registration refuses on either.
 *
 * - `lobby-bypass`: participants without permissions of their own may ignore the lobby (bit 8 in the
 *   room's default permissions, or in the server's `default_permissions` where the room sets none);
 * - `breakout-rooms`: breakout rooms are configured (their rooms keep none of the plan);
 * - `breakout-room`: the room is itself a breakout room (its parent decides who is in it);
 * - `federated`: the room is hosted on another server, whose Talk Safe Meeting does not guard.
 */
class ServerRoomChecker {
	/**
	 * @param array $plan a registered plan
	 * @param array{defaultPermissions: int, breakoutRoomMode: int, breakoutParent: string, federated: bool} $room
	 * @return list<array{code: string, expected: string|int|bool, actual: string|int|bool}>
	 */
	public function check(array $plan, array $room): array {
		$findings = [];
		if (PermissionRule::skipsLobby($room['defaultPermissions'])) {
			$findings[] = ['code' => 'lobby-bypass', 'expected' => false, 'actual' => true];
		}
		if ($room['breakoutRoomMode'] !== 0) {
			$findings[] = ['code' => 'breakout-rooms', 'expected' => 0, 'actual' => $room['breakoutRoomMode']];
		}
		if ($room['breakoutParent'] !== '') {
			$findings[] = ['code' => 'breakout-room', 'expected' => false, 'actual' => true];
		}
		if ($room['federated']) {
			$findings[] = ['code' => 'federated', 'expected' => false, 'actual' => true];
		}
		return $findings;
	}
}
