<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Policy;

use OCA\SafeMeeting\Policy\ModificationGuard;
use OCA\SafeMeeting\Policy\ServerRoomChecker;
use OCA\SafeMeeting\Tests\Support\Plans;
use PHPUnit\Framework\TestCase;

class ServerRoomCheckerTest extends TestCase {
	private const SAFE = ['defaultPermissions' => 246, 'breakoutRoomMode' => 0, 'breakoutParent' => '', 'federated' => false, 'forced' => [], 'objectType' => ''];

	/** [room facts that differ from a safe room, expected finding codes] */
	public static function rooms(): array {
		return [
			'a safe room' => [[], []],
			'Talk 24 default permissions without the lobby bit' => [['defaultPermissions' => 502], []],
			'default permissions with the lobby bit' => [['defaultPermissions' => 254], ['lobby-bypass']],
			'Talk 24: react and lobby' => [['defaultPermissions' => 264], ['lobby-bypass']],
			'breakout rooms configured' => [['breakoutRoomMode' => 3], ['breakout-rooms']],
			'a breakout room' => [['breakoutParent' => 'parent01'], ['breakout-room']],
			'a federated room' => [['federated' => true], ['federated']],
			'a conversation extended from a one-to-one' => [['objectType' => 'extended_conversation'], []],
			'a calendar event room (its description follows the event)' => [['objectType' => 'event'], ['object-room']],
			'an instant meeting (deleted after a day without activity)' => [['objectType' => 'instant_meeting'], ['object-room']],
			'a temporary phone room' => [['objectType' => 'phone_temporary'], ['object-room']],
			'a file\'s room' => [['objectType' => 'file'], ['object-room']],
			'a video verification room' => [['objectType' => 'share:password'], ['object-room']],
			'a breakout room is found once' => [['objectType' => 'room', 'breakoutParent' => 'parent01'], ['breakout-room']],
			'everything at once' => [['defaultPermissions' => 255, 'breakoutRoomMode' => 1, 'breakoutParent' => 'p', 'federated' => true, 'objectType' => 'event'], ['lobby-bypass', 'breakout-rooms', 'breakout-room', 'federated', 'object-room']],
		];
	}

	/** @dataProvider rooms */
	public function testFindsWhatTalksApiDoesNotShowTheBrowser(array $facts, array $codes): void {
		$findings = (new ServerRoomChecker(new ModificationGuard()))->check(Plans::accepted(), $facts + self::SAFE, 1893452400);

		$this->assertSame($codes, array_column($findings, 'code'));
	}

	/** Talk 24+: [forced settings, the ones weaker than the plan (guest link with password, moderated lobby, chat 7 days, no dial-in)] */
	public static function forcedSettings(): array {
		return [
			'nothing forced (Talk 22)' => [[], []],
			'listed for users' => [['listable' => 1], ['listable']],
			'not listed' => [['listable' => 0], []],
			'chat never expires' => [['messageExpiration' => 0], ['messageExpiration']],
			'chat expires after a day' => [['messageExpiration' => 86400], []],
			'lobby off' => [['lobbyState' => 0], ['lobbyState']],
			'lobby on' => [['lobbyState' => 1], []],
			'dial-in with PIN' => [['sipEnabled' => 1], ['sipEnabled']],
			'permissions that ignore the lobby' => [['permissions' => 254], ['permissions']],
			'Talk 24 permissions without the lobby' => [['permissions' => 502], []],
			'no recording consent' => [['recordingConsent' => 0], ['recordingConsent']],
			'read-only and mentions are no plan settings' => [['readOnly' => 1, 'mentionPermissions' => 0], []],
			'several' => [['listable' => 2, 'sipEnabled' => 0, 'lobbyState' => 0], ['listable', 'lobbyState']],
		];
	}

	/** @dataProvider forcedSettings */
	public function testSettingsTheServerForcesAreFoundWhereTheyAreWeakerThanThePlan(array $forced, array $weaker): void {
		$findings = (new ServerRoomChecker(new ModificationGuard()))->check(Plans::accepted(), ['forced' => $forced] + self::SAFE, 1893452400);

		$this->assertSame(array_fill(0, count($weaker), 'forced-setting'), array_column($findings, 'code'));
		$this->assertSame($weaker, array_column($findings, 'expected'));
	}

	public function testAForcedPublicRoomIsWeakerOnlyForAPlanWithoutGuests(): void {
		$checker = new ServerRoomChecker(new ModificationGuard());

		$this->assertSame([], $checker->check(Plans::accepted(), ['forced' => ['roomType' => 3]] + self::SAFE, 1893452400));
		$this->assertSame(['forced-setting'], array_column($checker->check(Plans::named('accepted: no guests'), ['forced' => ['roomType' => 3]] + self::SAFE, 1893452400), 'code'));
	}
}
