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
 * - `federated`: the room is hosted on another server, whose Talk Safe Meeting does not guard;
 * - `object-room`: Talk bound the room to something else (a calendar event, an instant meeting, a phone
 *   call, a file, a share): Talk then changes it without a participant's request (an event room's
 *   description follows the calendar event) or deletes it on its own schedule;
 * - `forced-setting`: an admin forces a room setting on every conversation (Talk 24+) that is weaker than
 *   the plan: Talk then refuses moderators who would restore it. A forced value is judged as the change a
 *   participant would make (ModificationGuard); `expected` names the setting, `actual` is the forced value.
 */
class ServerRoomChecker {
	/** Talk's forceable parameters (RoomPresets\Parameter) as the room property a change of them is. */
	private const FORCED_AS_CHANGE = [
		'roomType' => Modification::TYPE,
		'listable' => Modification::LISTABLE,
		'messageExpiration' => Modification::MESSAGE_EXPIRATION,
		'lobbyState' => Modification::LOBBY,
		'sipEnabled' => Modification::SIP_ENABLED,
		'permissions' => Modification::DEFAULT_PERMISSIONS,
		'recordingConsent' => Modification::RECORDING_CONSENT,
	];

	/** Object types of ordinary conversations; breakout rooms (`room`) have their own finding. */
	private const ORDINARY_OBJECT_TYPES = ['', 'extended_conversation', 'room'];

	public function __construct(
		private ModificationGuard $guard,
	) {
	}

	/**
	 * @param array $plan a registered plan
	 * @param array{defaultPermissions: int, breakoutRoomMode: int, breakoutParent: string, federated: bool, forced: array<string, int>, objectType?: string} $room
	 * @param int $now unix seconds
	 * @return list<array{code: string, expected: string|int|bool, actual: string|int|bool}>
	 */
	public function check(array $plan, array $room, int $now): array {
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
		if (!in_array($room['objectType'] ?? '', self::ORDINARY_OBJECT_TYPES, true)) {
			$findings[] = ['code' => 'object-room', 'expected' => '', 'actual' => $room['objectType']];
		}
		foreach ($room['forced'] as $setting => $value) {
			$property = self::FORCED_AS_CHANGE[$setting] ?? null;
			if ($property === null) {
				continue; // read-only, mention permissions: not part of a plan
			}
			// As a participant's change of a compliant room: the lobby from on, without a timer.
			$change = new Modification('', $property, $value, $property === Modification::LOBBY ? 1 : null, byUser: true);
			if ($this->guard->judge($plan, $change, $now)->vetoes()) {
				$findings[] = ['code' => 'forced-setting', 'expected' => $setting, 'actual' => $value];
			}
		}
		return $findings;
	}
}
