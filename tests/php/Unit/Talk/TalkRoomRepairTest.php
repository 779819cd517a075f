<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Talk;

use OCA\SafeMeeting\Talk\TalkRoomRepair;
use OCA\SafeMeeting\Talk\TalkServerSettings;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\Talk\Config;
use OCA\Talk\Exceptions\RoomNotFoundException;
use OCA\Talk\Exceptions\RoomProperty\RecordingConsentException;
use OCA\Talk\Manager;
use OCA\Talk\Room;
use OCA\Talk\Service\RoomService;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

class TalkRoomRepairTest extends TestCase {
	private Manager&MockObject $manager;
	private RoomService&MockObject $roomService;
	/** Talk's Config::recordingConsentRequired(): 0 never, 1 always, 2 each conversation decides. */
	private int $serverConsent = 2;
	private TalkRoomRepair $repair;

	protected function setUp(): void {
		$this->manager = $this->createMock(Manager::class);
		$this->roomService = $this->getMockBuilder(RoomService::class)->disableOriginalConstructor()->getMock();
		$config = $this->createMock(Config::class);
		$config->method('recordingConsentRequired')->willReturnCallback(fn (): int => $this->serverConsent);
		$this->repair = new TalkRoomRepair($this->manager, $this->roomService, new TalkServerSettings($config, new InMemoryAppConfig()));
	}

	private function roomAsking(int $consent): Room&MockObject {
		$room = $this->createMock(Room::class);
		$room->method('getRecordingConsent')->willReturn($consent);
		$this->manager->method('getRoomByToken')->with('safe0001')->willReturn($room);
		return $room;
	}

	public function testTurnsTheRoomsConsentOnThroughTalkWhereEachConversationDecides(): void {
		$room = $this->roomAsking(0);
		$this->roomService->expects($this->once())->method('setRecordingConsent')->with($room, 1);

		$this->assertTrue($this->repair->restoreRecordingConsent('safe0001'));
	}

	public function testARoomThatAsksAlreadyIsLeftAlone(): void {
		$this->roomAsking(1);
		$this->roomService->expects($this->never())->method('setRecordingConsent');

		$this->assertFalse($this->repair->restoreRecordingConsent('safe0001'));
	}

	/** @return array<string, array{int}> */
	public static function serverSettingsNoRoomCanChange(): array {
		return [
			'never asks (or recording unavailable)' => [0],
			'always asks' => [1],
		];
	}

	/** @dataProvider serverSettingsNoRoomCanChange */
	public function testWhereTheServerDecidesNoRoomIsTouched(int $server): void {
		$this->serverConsent = $server;
		$this->manager->expects($this->never())->method('getRoomByToken');

		$this->assertFalse($this->repair->canRestoreRecordingConsent());
		$this->assertFalse($this->repair->restoreRecordingConsent('safe0001'));
	}

	public function testARoomThatIsGoneIsNotRestored(): void {
		$this->manager->method('getRoomByToken')->willThrowException(new RoomNotFoundException());

		$this->assertFalse($this->repair->restoreRecordingConsent('safe0001'));
	}

	public function testDuringACallTalksRefusalIsPassedOn(): void {
		$this->roomAsking(0);
		$this->roomService->method('setRecordingConsent')->willThrowException(new RecordingConsentException(RecordingConsentException::REASON_CALL));

		$this->expectException(RecordingConsentException::class);

		$this->repair->restoreRecordingConsent('safe0001');
	}
}
