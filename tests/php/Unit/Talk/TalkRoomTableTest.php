<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Talk;

use OCA\SafeMeeting\Talk\TalkRoomTable;
use OCA\SafeMeeting\Talk\TalkServerSettings;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\TalkRoomsTable;
use PHPUnit\Framework\TestCase;

/**
 * Runs the SQL against Talk's rooms table in SQLite.
 */
class TalkRoomTableTest extends TestCase {
	private SqliteConnection $db;
	private TalkRoomsTable $rooms;

	protected function setUp(): void {
		$this->db = new SqliteConnection();
		$this->rooms = new TalkRoomsTable($this->db);
	}

	public function testCountsTheSharedFixtureAsTheTypeScriptCensusDoes(): void {
		$fixture = json_decode((string)file_get_contents(__DIR__ . '/../../../fixtures/compliance/census.json'), true);
		foreach ($fixture['rooms'] as $room) {
			$this->rooms->add($room['token'], [
				'type' => $room['type'],
				'password' => $room['password'],
				'lobby_state' => $room['lobbyState'],
				'listable' => $room['listable'],
				'sip_enabled' => $room['sipEnabled'],
			]);
		}

		$this->assertSame($fixture['census'], (new TalkRoomTable($this->db))->census()->toArray());
	}

	/** Talk's server settings: consent left to each room, default permissions 246, nothing forced. */
	private function settings(): TalkServerSettings {
		$settings = $this->createMock(TalkServerSettings::class);
		$settings->method('effectiveRecordingConsent')->willReturnArgument(0);
		$settings->method('effectiveDefaultPermissions')->willReturnCallback(static fn (int $room): int => $room !== 0 ? $room : 246);
		$settings->method('forcedRoomSettings')->willReturn([]);
		return $settings;
	}

	public function testReadsTheStateOfRoomsByTokenAndLeavesOutMissingOnes(): void {
		$this->rooms->add('room0001', ['password' => 'hash', 'lobby_state' => 1, 'lobby_timer' => '2030-01-02 03:04:05', 'message_expiration' => 3600, 'recording_consent' => 1, 'description' => 'Notice']);
		$this->rooms->add('room0002', ['type' => 2, 'listable' => 1, 'sip_enabled' => 2, 'call_recording' => 1, 'default_permissions' => 255, 'breakout_room_mode' => 2, 'object_type' => 'room', 'object_id' => 'room0001', 'remote_server' => 'https://other.example']);
		$this->rooms->add('room0003');

		$states = (new TalkRoomTable($this->db))->statesByToken(['room0001', 'room0002', 'gone0001'], $this->settings());

		$this->assertSame(['room0001', 'room0002'], array_keys($states));
		$this->assertSame([
			'type' => 3, 'hasPassword' => true, 'listable' => 0, 'lobbyState' => 1, 'lobbyTimer' => gmmktime(3, 4, 5, 1, 2, 2030),
			'messageExpiration' => 3600, 'sipEnabled' => 0, 'callRecording' => 0, 'recordingConsent' => 1, 'description' => 'Notice',
		], $states['room0001']->toCheckable());
		$this->assertSame(['type' => 2, 'hasPassword' => false, 'listable' => 1, 'lobbyTimer' => 0, 'sipEnabled' => 2, 'callRecording' => 1],
			array_intersect_key($states['room0002']->toCheckable(), array_flip(['type', 'hasPassword', 'listable', 'sipEnabled', 'callRecording', 'lobbyTimer'])));
		$this->assertSame(['objectType' => '', 'defaultPermissions' => 246, 'breakoutRoomMode' => 0, 'breakoutParent' => '', 'federated' => false, 'forced' => []], $states['room0001']->serverFacts());
		$this->assertSame(['objectType' => 'room', 'defaultPermissions' => 255, 'breakoutRoomMode' => 2, 'breakoutParent' => 'room0001', 'federated' => true, 'forced' => []], $states['room0002']->serverFacts());
	}

	public function testReadsMoreTokensThanOneInListHolds(): void {
		$tokens = [];
		for ($i = 0; $i < 1005; $i++) {
			$tokens[] = sprintf('tok%05d', $i);
			$this->rooms->add($tokens[$i]);
		}
		$this->assertCount(1005, (new TalkRoomTable($this->db))->statesByToken($tokens, $this->settings()));
	}

	public function testThrowsWhenTalksTableIsMissing(): void {
		$this->expectException(\OCP\DB\Exception::class);
		(new TalkRoomTable(new SqliteConnection()))->census();
	}
}
