<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Listener\GuestJoinedListener;
use OCA\SafeMeeting\Tests\Support\LockHarness;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\Talk\Events\GuestJoinedRoomEvent;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Participant;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * A guest joined a Talk room: the lock remembers their actor id in safe meetings, so that Talk's clean-up
 * of disconnected guests does not lock them out.
 */
class GuestJoinedListenerTest extends TestCase {
	private LockHarness $lock;

	protected function setUp(): void {
		$this->lock = new LockHarness(fn (string $class) => $this->createMock($class));
		$this->lock->register();
	}

	private function join(string $token, string $actorType, string $actorId, ?LoggerInterface $logger = null): void {
		$attendee = new Attendee();
		$attendee->setActorType($actorType);
		$attendee->setActorId($actorId);
		$room = TalkObjects::room($this, ['token' => $token]);
		$listener = new GuestJoinedListener($this->lock->rooms, $this->lock->marks, $logger ?? $this->createMock(LoggerInterface::class));
		$listener->handle(new GuestJoinedRoomEvent($room, new Participant($room, $attendee, null)));
	}

	/** @return list<array<string, string>> */
	private function marks(): array {
		return $this->lock->db->dbal()->fetchAllAssociative('SELECT token, kind, actor_type, actor_id FROM oc_safemeet_actor_marks');
	}

	public function testALinkGuestOfASafeMeetingIsRememberedByTalksActorIdOnly(): void {
		$this->join('abcd1234', 'guests', sha1('session-1'));
		$this->join('abcd1234', 'guests', sha1('session-1')); // a reload: the same attendee joins again

		$this->assertSame([['token' => 'abcd1234', 'kind' => 'guest', 'actor_type' => 'guests', 'actor_id' => sha1('session-1')]], $this->marks());
	}

	public function testEmailGuestsAndOtherRoomsAreNotRemembered(): void {
		$this->join('abcd1234', 'emails', hash('sha256', 'dave@example.com')); // Talk never cleans them up
		$this->join('other000', 'guests', sha1('session-2'));

		$this->assertSame([], $this->marks());
	}

	public function testAFailureIsLoggedNotThrownTheGuestHasJoined(): void {
		$this->lock->db->dbal()->executeStatement('DROP TABLE oc_safemeet_actor_marks');
		$logger = $this->createMock(LoggerInterface::class);
		$logger->expects($this->once())->method('error');

		$this->join('abcd1234', 'guests', sha1('session-1'), $logger);
	}
}
