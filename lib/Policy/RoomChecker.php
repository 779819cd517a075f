<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * What a Talk room does differently from its plan; empty means compliant. Twin of src/policy/checkRoom.ts.
 * A room may be stricter than planned (shorter expiry, no SIP) and still comply.
 */
class RoomChecker {
	/** Talk's callRecording values that mean "no recording is running or starting". */
	private const NOT_RECORDING = [0, 5];

	/**
	 * @param array $plan a registered plan (start, settings, privacyNotice, talk)
	 * @param array{type: int, hasPassword: bool, listable: int, lobbyState: int, lobbyTimer: int, messageExpiration: int, sipEnabled: int, callRecording: int, recordingConsent: int, description: string} $room
	 * @return list<array{code: string, expected: string|int|bool, actual: string|int|bool}>
	 */
	public function check(array $plan, array $room, int $now): array {
		$findings = [];
		$add = static function (string $code, string|int|bool $expected, string|int|bool $actual) use (&$findings): void {
			$findings[] = ['code' => $code, 'expected' => $expected, 'actual' => $actual];
		};
		$talk = $plan['talk'];

		if ($room['type'] !== $talk['roomType'] && !($room['type'] === 2 && $talk['roomType'] === 3)) {
			$add('room-type', $talk['roomType'], $room['type']);
		}
		if ($room['type'] === 3 && !$room['hasPassword']) {
			$add('password', true, false);
		}
		if ($room['listable'] !== 0) {
			$add('listable', 0, $room['listable']);
		}
		// The lobby may be open once the meeting's door opens: a moderator admitted the waiting participants,
		// or an "until start" room's timer opened it at the start.
		$lobbyMayBeOpen = $now >= JoinRule::guestWindow($plan)[0];
		if ($room['lobbyState'] !== 1 && !$lobbyMayBeOpen) {
			$add('lobby', 1, $room['lobbyState']);
		} elseif ($room['lobbyState'] === 1 && $room['lobbyTimer'] > 0 && ($plan['settings']['lobby'] === 'moderated' || $room['lobbyTimer'] < $plan['start'])) {
			// A lobby timer opens the room by itself: only "until start" plans have one, and never before the start.
			$add('lobby-timer', $talk['lobbyTimer'] ?? 0, $room['lobbyTimer']);
		}
		$planned = $talk['messageExpiration'];
		if ($planned > 0 && ($room['messageExpiration'] === 0 || $room['messageExpiration'] > $planned)) {
			$add('chat-expiry', $planned, $room['messageExpiration']);
		}
		// 1 = dial-in with PIN, 2 = without: anything above the plan's value is weaker.
		if ($room['sipEnabled'] > $talk['sipEnabled']) {
			$add('sip', $talk['sipEnabled'], $room['sipEnabled']);
		}
		if ($plan['settings']['recording'] === 'blocked' && !in_array($room['callRecording'], self::NOT_RECORDING, true)) {
			$add('recording', 0, $room['callRecording']);
		}
		// Where recording is allowed, nobody may be recorded unasked. Talk reports the server's value here
		// unless moderators may decide per room, so this also catches a server that never asks.
		if ($plan['settings']['recording'] === 'with-consent' && $room['recordingConsent'] !== 1) {
			$add('recording-consent', 1, $room['recordingConsent']);
		}
		if (!Description::carriesNotice($room['description'], $plan['privacyNotice'])) {
			$add('privacy-notice', true, false);
		}
		return $findings;
	}
}
