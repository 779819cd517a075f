<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Talk;

use OCA\SafeMeeting\Talk\TalkRetention;
use OCA\Talk\Config;
use OCA\Talk\Exceptions\RoomNotFoundException;
use OCA\Talk\Manager;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCP\Talk\IBroker;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

class TalkRetentionTest extends TestCase {
	private Config&MockObject $config;
	private Manager&MockObject $manager;
	private ParticipantService&MockObject $participants;
	private IBroker&MockObject $broker;
	private TalkRetention $talk;

	protected function setUp(): void {
		$this->config = $this->createMock(Config::class);
		$this->manager = $this->createMock(Manager::class);
		$this->participants = $this->createMock(ParticipantService::class);
		$this->broker = $this->createMock(IBroker::class);
		$this->talk = new TalkRetention($this->config, $this->manager, $this->participants, $this->broker);
	}

	public function testReadsTheUsersFoldersFromTalk(): void {
		$this->config->method('getAttachmentFolder')->with('alice')->willReturn('/Chats');
		$this->config->method('getRecordingFolder')->with('alice')->willReturn('/Chats/Recording');
		$this->assertSame('/Chats', $this->talk->attachmentFolder('alice'));
		$this->assertSame('/Chats/Recording', $this->talk->recordingFolder('alice'));
	}

	public function testReadsTheChatStateOfARoom(): void {
		$room = $this->createMock(Room::class);
		$room->method('getName')->willReturn('Board meeting');
		$room->method('getMessageExpiration')->willReturn(3600);
		$room->method('getLastActivity')->willReturn(new \DateTime('@1800000000'));
		$this->manager->method('getRoomByToken')->with('abcd1234')->willReturn($room);
		$this->participants->method('getParticipantUserIds')->with($room)->willReturn(['alice', 'bob']);

		$state = $this->talk->chatState('abcd1234');

		$this->assertSame('Board meeting', $state?->name);
		$this->assertSame(1800003600, $state?->lastMessageGoneAt());
		$this->assertSame(['alice', 'bob'], $this->talk->userIds('abcd1234'));
	}

	public function testAMissingRoomHasNoStateAndNoUsers(): void {
		$this->manager->method('getRoomByToken')->willThrowException(new RoomNotFoundException());
		$this->assertNull($this->talk->chatState('abcd1234'));
		$this->assertSame([], $this->talk->userIds('abcd1234'));
	}

	public function testDeletesTheRoomThroughOcpsBroker(): void {
		$this->broker->expects($this->once())->method('deleteConversation')->with('abcd1234');
		$this->assertTrue($this->talk->deleteRoom('abcd1234'));
	}

	public function testSaysWhenTheRoomWasAlreadyGone(): void {
		// Talk's broker looks the room up with Manager::getRoomByToken, which throws Talk's own exception.
		$this->broker->method('deleteConversation')->willThrowException(new RoomNotFoundException());
		$this->assertFalse($this->talk->deleteRoom('abcd1234'));
	}

	public function testOtherFailuresReachTheCaller(): void {
		$this->broker->method('deleteConversation')->willThrowException(new \RuntimeException('database gone'));
		$this->expectException(\RuntimeException::class);
		$this->talk->deleteRoom('abcd1234');
	}
}
