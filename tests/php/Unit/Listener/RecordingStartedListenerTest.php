<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Db\RecordingStarterMapper;
use OCA\SafeMeeting\Listener\RecordingStartedListener;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\Talk\Events\ARoomModifiedEvent;
use OCA\Talk\Events\BeforeRoomModifiedEvent;
use OCA\Talk\Events\RoomModifiedEvent;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * The listener with the real table (SQLite); Talk's event with a real Participant.
 */
class RecordingStartedListenerTest extends TestCase {
	private RecordingStarterMapper $starters;
	private RegisteredRoomLookup&MockObject $rooms;
	private LoggerInterface&MockObject $logger;

	protected function setUp(): void {
		$this->starters = new RecordingStarterMapper(SqliteConnection::withAppSchema());
		$this->rooms = $this->createMock(RegisteredRoomLookup::class);
		$this->rooms->method('planFor')->willReturnCallback(static fn (string $token): ?array => $token === 'safe0001' ? ['title' => 'x'] : null);
		$this->logger = $this->createMock(LoggerInterface::class);
	}

	private function started(string $token, int $status, string $actorType = Attendee::ACTOR_USERS, string $actorId = 'carol', string $event = RoomModifiedEvent::class, string $property = ARoomModifiedEvent::PROPERTY_CALL_RECORDING): void {
		$room = TalkObjects::room($this, ['token' => $token]);
		$actor = TalkObjects::participant($room, Participant::MODERATOR);
		$actor->getAttendee()->setActorType($actorType);
		$actor->getAttendee()->setActorId($actorId);
		(new RecordingStartedListener($this->rooms, $this->starters, $this->logger))->handle(new $event($room, $property, $status, 0, $actor));
	}

	public function testNotesWhoStartedARecordingOfASafeMeetingOnce(): void {
		$this->started('safe0001', Room::RECORDING_VIDEO);
		$this->started('safe0001', Room::RECORDING_AUDIO);
		$this->started('safe0001', Room::RECORDING_VIDEO, actorId: 'dave');

		$this->assertSame(['safe0001' => ['carol', 'dave']], $this->starters->findByTokens(['safe0001']));
	}

	public function testIgnoresOtherRoomsOtherChangesGuestsAndTheBeforeEvent(): void {
		$this->started('other001', Room::RECORDING_VIDEO);
		$this->started('safe0001', 0);
		$this->started('safe0001', 5); // failed
		$this->started('safe0001', Room::RECORDING_VIDEO, property: ARoomModifiedEvent::PROPERTY_NAME);
		$this->started('safe0001', Room::RECORDING_VIDEO, Attendee::ACTOR_GUESTS, 'abc');
		$this->started('safe0001', Room::RECORDING_VIDEO, event: BeforeRoomModifiedEvent::class);

		$this->assertSame([], $this->starters->findByTokens(['safe0001', 'other001']));
	}

	public function testNeverThrowsIntoTalk(): void {
		$this->rooms = $this->createMock(RegisteredRoomLookup::class);
		$this->rooms->method('planFor')->willThrowException(new \RuntimeException('cache down'));
		$this->logger->expects($this->once())->method('error');

		$this->started('safe0001', Room::RECORDING_VIDEO);
	}
}
