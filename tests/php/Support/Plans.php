<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCA\SafeMeeting\Talk\RoomState;

/**
 * A plan that the built-in policy accepts (from the shared fixtures) and a room that matches it.
 */
final class Plans {
	/** The guest password the fixture plans were made with (plans.json `password`). */
	public const PASSWORD = 'correct horse battery';

	public static function accepted(): array {
		return self::named('accepted: guest link with password');
	}

	/** A plan from the shared fixtures by its case name. */
	public static function named(string $name): array {
		$cases = json_decode((string)file_get_contents(__DIR__ . '/../../fixtures/policy/plans.json'), true, 512, JSON_THROW_ON_ERROR);
		foreach ($cases as $case) {
			if ($case['name'] === $name) {
				return $case['plan'];
			}
		}
		throw new \LogicException('fixture missing: ' . $name);
	}

	public static function matchingRoom(array $plan, string $token = 'abcd1234', bool $moderated = true, array $override = []): RoomState {
		$room = [
			'token' => $token,
			'type' => $plan['talk']['roomType'],
			'hasPassword' => $plan['talk']['roomType'] === 3,
			'listable' => 0,
			'lobbyState' => 1,
			'lobbyTimer' => $plan['talk']['lobbyTimer'] ?? 0,
			'messageExpiration' => $plan['talk']['messageExpiration'],
			'sipEnabled' => $plan['talk']['sipEnabled'],
			'callRecording' => 0,
			'recordingConsent' => 1,
			'description' => $plan['description'],
			'moderatedByUser' => $moderated,
			'defaultPermissions' => 246, // Talk 22's default: everything but ignoring the lobby
			'breakoutRoomMode' => 0,
			'breakoutParent' => '',
			'federated' => false,
			'passwordMatches' => $plan['talk']['roomType'] === 3,
		];
		return new RoomState(...array_merge($room, $override));
	}
}
