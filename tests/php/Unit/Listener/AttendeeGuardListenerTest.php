<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Db\Admission;
use OCA\SafeMeeting\Listener\AttendeeGuardListener;
use OCA\SafeMeeting\Service\LockActor;
use OCA\SafeMeeting\Tests\Support\LockHarness;
use OCA\SafeMeeting\Tests\Support\RequestRoute;
use OCA\Talk\Events\BeforeAttendeesAddedEvent;
use OCA\Talk\Exceptions\ForbiddenException;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Room;
use OCP\IRequest;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * A moderator adding somebody to a safe meeting in Talk (the "new attendee" join path).
 */
class AttendeeGuardListenerTest extends TestCase {
	private LockHarness $lock;
	private string $requestUri = '/ocs/v2.php/apps/spreed/api/v4/room/abcd1234/participants';

	protected function setUp(): void {
		$this->lock = new LockHarness(fn (string $class) => $this->createMock($class));
	}

	private static function attendee(string $type, string $id): Attendee {
		$attendee = new Attendee();
		$attendee->setActorType($type);
		$attendee->setActorId($id);
		return $attendee;
	}

	/** @return bool whether Talk may add them */
	private function add(Attendee ...$attendees): bool {
		$room = $this->createMock(Room::class);
		$room->method('getToken')->willReturn('abcd1234');
		$request = $this->createMock(IRequest::class);
		RequestRoute::answer($request, fn (): string => $this->requestUri);
		try {
			(new AttendeeGuardListener($this->lock->guard, $request, $this->createMock(LoggerInterface::class)))->handle(new BeforeAttendeesAddedEvent($room, $attendees));
			return true;
		} catch (ForbiddenException) {
			return false; // Talk's middleware answers 403
		}
	}

	/** @return array<string, array{0: callable(LockHarness): void, 1: bool}> */
	public static function lockStates(): array {
		return [
			'open' => [static fn (LockHarness $h) => $h->register(settings: ['autoLock' => 'off']), true],
			'locked by a moderator' => [static fn (LockHarness $h) => $h->locks->lock($h->register(), LockActor::user('alice', 'Alice')), false],
			'when everyone has joined, not yet' => [static fn (LockHarness $h) => $h->register(settings: ['autoLock' => 'when-all-joined']), true],
			'N minutes after the start, due' => [static function (LockHarness $h): void {
				$h->register(settings: ['autoLock' => 'minutes-after-start', 'autoLockMinutes' => 5]);
				$h->meetings->setCallStartedAt('abcd1234', LockHarness::NOW - 600);
			}, false],
		];
	}

	/** @dataProvider lockStates */
	public function testANewParticipantIsAddedOnlyWhileOpen(callable $setUp, bool $open): void {
		$setUp($this->lock);

		$this->assertSame($open, $this->add(self::attendee('users', 'mallory')));
		$this->assertSame($open, $this->add(self::attendee('emails', hash('sha256', 'eve@example.com'))));
		$this->assertSame($open, $this->add(self::attendee('groups', 'staff')));
		$this->assertSame(0, $this->lock->meeting()->getRefusedJoins(), 'a moderator\'s add is no refused join');
	}

	public function testAnAdmittedPersonIsAddedOnceWhileLocked(): void {
		$this->lock->locks->lock($this->lock->register(), LockActor::user('alice', 'Alice'));
		$this->lock->admissions->grant('abcd1234', Admission::USERS, 'carol', LockHarness::NOW + 60, 'users/alice');

		$this->assertTrue($this->add(self::attendee('users', 'carol')));
		$this->assertFalse($this->add(self::attendee('users', 'carol')), 'the admission is used up');
	}

	public function testAddingSeveralIsAllOrNothingAndKeepsTheAdmissions(): void {
		$this->lock->locks->lock($this->lock->register(), LockActor::user('alice', 'Alice'));
		$this->lock->admissions->grant('abcd1234', Admission::USERS, 'carol', LockHarness::NOW + 60, 'users/alice');

		$this->assertFalse($this->add(self::attendee('users', 'carol'), self::attendee('users', 'mallory')));
		$this->assertTrue($this->lock->admissions->isPending('abcd1234', Admission::USERS, 'carol', LockHarness::NOW), 'not used by the refused add');
	}

	/** @return array<string, array{0: string}> */
	public static function pathsOutsideTalksApi(): array {
		return [
			'occ, or a group membership change in the background' => [''],
			'somebody joins an open Team (Circles\' API)' => ['/ocs/v2.php/apps/circles/circles/team0001/join'],
			'an admin puts somebody into a group' => ['/ocs/v2.php/cloud/groups/staff/users'],
		];
	}

	/** @dataProvider pathsOutsideTalksApi */
	public function testTalksOtherPathsAreNeverBrokenButWhoTheyAddStaysANewcomer(string $uri): void {
		$this->lock->locks->lock($this->lock->register(), LockActor::user('alice', 'Alice'));
		$this->requestUri = $uri;

		$this->assertTrue($this->add(self::attendee('users', 'new-team-member'), self::attendee('federated_users', 'fred@other.example')));

		$this->assertTrue($this->lock->marks->has('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'new-team-member'));
		$this->assertTrue($this->lock->marks->has('abcd1234', ActorMarkMapper::UNADMITTED, 'federated_users', 'fred@other.example'));
	}

	public function testNobodyIsMarkedWhileTheMeetingIsOpen(): void {
		$this->lock->register(settings: ['autoLock' => 'off']);
		$this->requestUri = '/ocs/v2.php/apps/circles/circles/team0001/join';

		$this->assertTrue($this->add(self::attendee('users', 'new-team-member')));

		$this->assertSame(0, (int)$this->lock->db->dbal()->fetchOne('SELECT COUNT(*) FROM oc_safemeet_actor_marks'));
	}

	public function testWhenTheMarkCannotBeWrittenTalksOtherPathsStillGoOn(): void {
		$this->lock->locks->lock($this->lock->register(), LockActor::user('alice', 'Alice'));
		$this->lock->db->dbal()->executeStatement('DROP TABLE oc_safemeet_actor_marks');
		$this->requestUri = '';

		$this->assertTrue($this->add(self::attendee('users', 'new-team-member')));
	}

	public function testWhenTheLockCannotBeReadNobodyNewIsAddedThroughTalksApi(): void {
		$this->lock->locks->lock($this->lock->register(), LockActor::user('alice', 'Alice'));
		$this->assertNotNull($this->lock->rooms->planFor('abcd1234')); // known to be a safe meeting
		$this->lock->db->dbal()->executeStatement('DROP TABLE oc_safemeet_meetings');

		$this->assertFalse($this->add(self::attendee('users', 'mallory')));
	}

	public function testWhenTheRegistryCannotSayWhetherARoomIsASafeMeetingTalkGoesOn(): void {
		$this->lock->db->dbal()->executeStatement('DROP TABLE oc_safemeet_meetings');

		$this->assertTrue($this->add(self::attendee('users', 'mallory')));
	}

	public function testOtherRoomsAreNotGuarded(): void {
		$this->lock->locks->lock($this->lock->register('other000'), LockActor::user('alice', 'Alice'));

		$this->assertTrue($this->add(self::attendee('users', 'mallory')));
	}
}
