<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Policy;

use OCA\SafeMeeting\Policy\ServerRoomChecker;
use OCA\SafeMeeting\Tests\Support\Plans;
use PHPUnit\Framework\TestCase;

class ServerRoomCheckerTest extends TestCase {
	private const SAFE = ['defaultPermissions' => 246, 'breakoutRoomMode' => 0, 'breakoutParent' => '', 'federated' => false];

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
			'everything at once' => [['defaultPermissions' => 255, 'breakoutRoomMode' => 1, 'breakoutParent' => 'p', 'federated' => true], ['lobby-bypass', 'breakout-rooms', 'breakout-room', 'federated']],
		];
	}

	/** @dataProvider rooms */
	public function testFindsWhatTalksApiDoesNotShowTheBrowser(array $facts, array $codes): void {
		$findings = (new ServerRoomChecker())->check(Plans::accepted(), $facts + self::SAFE);

		$this->assertSame($codes, array_column($findings, 'code'));
	}
}
