<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Listener\AttendeeRemovedListener;
use OCA\SafeMeeting\Tests\Support\LockHarness;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\Talk\Events\AAttendeeRemovedEvent;
use OCA\Talk\Events\AttendeeRemovedEvent;
use OCA\Talk\Model\Attendee;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * Somebody was removed from a Talk room: the lock's marks of them in that safe meeting go.
 */
class AttendeeRemovedListenerTest extends TestCase {
	private LockHarness $lock;

	protected function setUp(): void {
		$this->lock = new LockHarness(fn (string $class) => $this->createMock($class));
		$this->lock->register();
		$this->lock->register('other000');
		$this->lock->marks->mark('abcd1234', ActorMarkMapper::GUEST, 'guests', 'guest-1');
		$this->lock->marks->mark('abcd1234', ActorMarkMapper::GUEST, 'guests', 'guest-2');
		$this->lock->marks->mark('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'tessa');
		$this->lock->marks->mark('other000', ActorMarkMapper::GUEST, 'guests', 'guest-1');
	}

	private function remove(string $token, string $actorType, string $actorId, string $reason, ?LoggerInterface $logger = null): void {
		$attendee = new Attendee();
		$attendee->setActorType($actorType);
		$attendee->setActorId($actorId);
		$listener = new AttendeeRemovedListener($this->lock->rooms, $this->lock->marks, $logger ?? $this->createMock(LoggerInterface::class));
		$listener->handle(new AttendeeRemovedEvent(TalkObjects::room($this, ['token' => $token]), $attendee, $reason, []));
	}

	/** @return list<string> */
	private function marked(): array {
		return $this->lock->db->dbal()->fetchFirstColumn("SELECT token || '/' || actor_id FROM oc_safemeet_actor_marks ORDER BY token, actor_id");
	}

	public function testAGuestAModeratorRemovedCannotComeBackWithTheirBrowserSession(): void {
		$this->remove('abcd1234', 'guests', 'guest-1', AAttendeeRemovedEvent::REASON_REMOVED);

		$this->assertSame(['abcd1234/guest-2', 'abcd1234/tessa', 'other000/guest-1'], $this->marked());
	}

	public function testAUserWhoseJoinWasCancelledAndWhomTalkRemovedIsForgotten(): void {
		$this->remove('abcd1234', 'users', 'tessa', AAttendeeRemovedEvent::REASON_LEFT);

		$this->assertSame(['abcd1234/guest-1', 'abcd1234/guest-2', 'other000/guest-1'], $this->marked());
	}

	public function testAFailureIsLoggedNotThrown(): void {
		$this->lock->db->dbal()->executeStatement('DROP TABLE oc_safemeet_actor_marks');
		$logger = $this->createMock(LoggerInterface::class);
		$logger->expects($this->once())->method('error');

		$this->remove('abcd1234', 'guests', 'guest-1', AAttendeeRemovedEvent::REASON_REMOVED, $logger);
	}
}
