<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Db\Admission;
use OCA\SafeMeeting\Listener\JoinGuardListener;
use OCA\SafeMeeting\Service\LockActor;
use OCA\SafeMeeting\Talk\TalkJoins;
use OCA\SafeMeeting\Tests\Support\LockHarness;
use OCA\Talk\Events\ABeforeJoinedRoomEvent;
use OCA\Talk\Events\BeforeFederatedUserJoinedRoomEvent;
use OCA\Talk\Events\BeforeGuestJoinedRoomEvent;
use OCA\Talk\Events\BeforeUserJoinedRoomEvent;
use OCA\Talk\Exceptions\ParticipantNotFoundException;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCA\Talk\TalkSession;
use OCP\EventDispatcher\Event;
use OCP\IUser;
use OCP\IUserSession;
use OCP\Security\IHasher;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * Every way into a Talk room × lock states × auto-lock modes, through the real guard, rule, auto-lock
 * and database; Talk's participants and session are mocked from Talk's classes (README, "Who counts as
 * already in").
 */
class JoinGuardListenerTest extends TestCase {
	private LockHarness $lock;
	private Room&MockObject $room;
	private ParticipantService&MockObject $participants;
	private TalkSession&MockObject $talkSession;
	/** @var array<string, Participant> "type/id" => participant Talk knows in the room */
	private array $attendees = [];
	private ?string $guestActorId = null;
	private ?string $emailActorId = null;

	protected function setUp(): void {
		$this->lock = new LockHarness(fn (string $class) => $this->createMock($class));
		$this->room = $this->createMock(Room::class);
		$this->room->method('getToken')->willReturn('abcd1234');
		$this->participants = $this->createMock(ParticipantService::class);
		$this->participants->method('getParticipant')->willReturnCallback(fn (Room $room, ?string $uid, $session) => $this->attendee('users', (string)$uid));
		$this->participants->method('getParticipantByActor')->willReturnCallback(fn (Room $room, string $type, string $id) => $this->attendee($type, $id));
		$this->talkSession = $this->createMock(TalkSession::class);
		$this->talkSession->method('getGuestActorIdForRoom')->willReturnCallback(fn () => $this->guestActorId);
		$this->talkSession->method('getAuthedEmailActorIdForRoom')->willReturnCallback(fn () => $this->emailActorId);
	}

	private function attendee(string $type, string $id): Participant {
		return $this->attendees["$type/$id"] ?? throw new ParticipantNotFoundException('not in the room');
	}

	private function knows(string $type, string $id, bool $moderator = false): void {
		$participant = $this->createMock(Participant::class);
		$participant->method('hasModeratorPermissions')->willReturn($moderator);
		$this->attendees["$type/$id"] = $participant;
	}

	private function listener(): JoinGuardListener {
		$joins = new TalkJoins($this->participants, $this->talkSession, $this->createMock(IUserSession::class), $this->createMock(IHasher::class), $this->lock->marks);
		return new JoinGuardListener($joins, $this->lock->guard, $this->createMock(LoggerInterface::class));
	}

	private function user(string $uid): IUser {
		$user = $this->createMock(IUser::class);
		$user->method('getUID')->willReturn($uid);
		$user->method('getDisplayName')->willReturn(ucfirst($uid));
		return $user;
	}

	/** Runs Talk's "before joined" event through the listener; true when the join was cancelled. */
	private function cancelled(Event $event): bool {
		$this->listener()->handle($event);
		return $event instanceof ABeforeJoinedRoomEvent ? $event->getCancelJoin() : $event->isJoinCanceled();
	}

	/**
	 * The ways into a room, as Talk 22's RoomController::joinRoom / ParticipantService take them.
	 *
	 * @return array<string, array{0: callable(self): Event, 1: bool}> join path => [prepare and build the event, already in?]
	 */
	public static function joinPaths(): array {
		return [
			'invited user' => [static function (self $t): Event {
				$t->knows('users', 'bob');
				return new BeforeUserJoinedRoomEvent($t->room, $t->user('bob'), '', true);
			}, true],
			'user who was invited but never opened it' => [static function (self $t): Event {
				$t->knows('users', 'carol'); // an attendee without any session yet
				return new BeforeUserJoinedRoomEvent($t->room, $t->user('carol'), '', true);
			}, true],
			'self-joining user by the guest link' => [static fn (self $t): Event => new BeforeUserJoinedRoomEvent($t->room, $t->user('mallory'), 'the password', false), false],
			'new guest with the password' => [static fn (self $t): Event => new BeforeGuestJoinedRoomEvent($t->room, 'the password', true), false],
			'returning guest (same browser session)' => [static function (self $t): Event {
				$t->knows('guests', 'sha1-of-old-session');
				$t->guestActorId = 'sha1-of-old-session';
				return new BeforeGuestJoinedRoomEvent($t->room, '', true);
			}, true],
			'guest whose attendee Talk cleaned up after a dropped connection (same browser session)' => [static function (self $t): Event {
				$t->lock->marks->mark('abcd1234', ActorMarkMapper::GUEST, 'guests', 'sha1-of-a-cleaned-session'); // they joined before
				$t->guestActorId = 'sha1-of-a-cleaned-session';
				return new BeforeGuestJoinedRoomEvent($t->room, 'the password', false);
			}, true],
			'guest whose old attendee is gone and who is not remembered (a moderator removed them)' => [static function (self $t): Event {
				$t->guestActorId = 'sha1-of-a-gone-session';
				return new BeforeGuestJoinedRoomEvent($t->room, 'the password', false);
			}, false],
			'e-mail invitee by the personal link (no password, Talk 24 group rooms too)' => [static function (self $t): Event {
				$t->knows('emails', hash('sha256', 'dave@example.com'));
				$t->emailActorId = hash('sha256', 'dave@example.com');
				return new BeforeGuestJoinedRoomEvent($t->room, '', true);
			}, true],
			'e-mail guest coming back in the same browser' => [static function (self $t): Event {
				$t->knows('emails', hash('sha256', 'dave@example.com'));
				$t->guestActorId = hash('sha256', 'dave@example.com');
				return new BeforeGuestJoinedRoomEvent($t->room, '', true);
			}, true],
			'personal link of an e-mail guest who was removed' => [static function (self $t): Event {
				$t->emailActorId = hash('sha256', 'removed@example.com');
				return new BeforeGuestJoinedRoomEvent($t->room, '', true);
			}, false],
			'invited federated user' => [static function (self $t): Event {
				$t->knows('federated_users', 'erin@other.example');
				return new BeforeFederatedUserJoinedRoomEvent($t->room, 'erin@other.example');
			}, true],
			'user Talk added while locked because they joined an invited Team (not admitted)' => [static function (self $t): Event {
				$t->knows('users', 'tessa');
				$t->lock->marks->mark('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'tessa');
				return new BeforeUserJoinedRoomEvent($t->room, $t->user('tessa'), '', true);
			}, false],
			'e-mail guest Talk added while locked, outside its API (not admitted)' => [static function (self $t): Event {
				$t->knows('emails', hash('sha256', 'eve@example.com'));
				$t->lock->marks->mark('abcd1234', ActorMarkMapper::UNADMITTED, 'emails', hash('sha256', 'eve@example.com'));
				$t->emailActorId = hash('sha256', 'eve@example.com');
				return new BeforeGuestJoinedRoomEvent($t->room, '', true);
			}, false],
			'federated user Talk added while locked, outside its API (not admitted)' => [static function (self $t): Event {
				$t->knows('federated_users', 'fred@other.example');
				$t->lock->marks->mark('abcd1234', ActorMarkMapper::UNADMITTED, 'federated_users', 'fred@other.example');
				return new BeforeFederatedUserJoinedRoomEvent($t->room, 'fred@other.example');
			}, false],
			'federated user the room does not know' => [static fn (self $t): Event => new BeforeFederatedUserJoinedRoomEvent($t->room, 'eve@other.example'), false],
		];
	}

	/**
	 * @return array<string, array{0: callable(LockHarness): void, 1: bool}> lock state => [set it up, newcomers refused?]
	 */
	public static function lockStates(): array {
		return [
			'open, auto-lock off' => [static fn (LockHarness $h) => $h->register(settings: ['autoLock' => 'off']), false],
			'locked by a moderator' => [static function (LockHarness $h): void {
				$h->locks->lock($h->register(settings: ['autoLock' => 'off']), LockActor::user('alice', 'Alice'));
			}, true],
			'locked after everyone invited joined' => [static function (LockHarness $h): void {
				$h->locks->lockByPlan($h->register(settings: ['autoLock' => 'when-all-joined']), 'all-joined');
			}, true],
			'when everyone has joined, not yet' => [static fn (LockHarness $h) => $h->register(settings: ['autoLock' => 'when-all-joined']), false],
			'10 minutes after the start, call started 9 minutes ago' => [static function (LockHarness $h): void {
				$h->register(settings: ['autoLock' => 'minutes-after-start', 'autoLockMinutes' => 10]);
				$h->meetings->setCallStartedAt('abcd1234', LockHarness::NOW - 9 * 60);
			}, false],
			'10 minutes after the start, call started 11 minutes ago (cron has not run)' => [static function (LockHarness $h): void {
				$h->register(settings: ['autoLock' => 'minutes-after-start', 'autoLockMinutes' => 10]);
				$h->meetings->setCallStartedAt('abcd1234', LockHarness::NOW - 11 * 60);
			}, true],
		];
	}

	public static function pathsAndStates(): array {
		$cases = [];
		foreach (self::joinPaths() as $path => [$event, $alreadyIn]) {
			foreach (self::lockStates() as $state => [$setUp, $locked]) {
				$cases["$path, $state"] = [$event, $alreadyIn, $setUp, $locked];
			}
		}
		return $cases;
	}

	/** @dataProvider pathsAndStates */
	public function testNewcomersStayOutOfALockedMeetingAndEverybodyAlreadyInGetsBackIn(callable $event, bool $alreadyIn, callable $setUp, bool $locked): void {
		$setUp($this->lock);

		$cancelled = $this->cancelled($event($this));

		$refused = $locked && !$alreadyIn;
		$this->assertSame($refused, $cancelled);
		$this->assertSame($refused ? 1 : 0, $this->lock->meeting()->getRefusedJoins(), 'the moderators see a count');
		$this->assertSame($locked, $this->lock->meeting()->isLocked(), 'a due auto-lock is applied on the next join attempt');
	}

	public function testAJoinIntoAnotherRoomIsNotLookedAt(): void {
		$this->lock->locks->lock($this->lock->register('other000'), LockActor::user('alice', 'Alice'));
		$this->participants->expects($this->never())->method('getParticipant');

		$this->assertFalse($this->cancelled(new BeforeUserJoinedRoomEvent($this->room, $this->user('mallory'), '', false)));
	}

	public function testAUserAdmittedByAModeratorComesInOnceWhileLocked(): void {
		$this->lock->locks->lock($this->lock->register(), LockActor::user('alice', 'Alice'));
		$this->lock->admissions->grant('abcd1234', Admission::USERS, 'mallory', LockHarness::NOW + 60, 'users/alice');

		$this->assertFalse($this->cancelled(new BeforeUserJoinedRoomEvent($this->room, $this->user('mallory'), '', false)));
		$this->assertTrue($this->cancelled(new BeforeUserJoinedRoomEvent($this->room, $this->user('mallory'), '', false)), 'one time only');
	}

	public function testSomebodyTalkAddedWhileLockedComesInOnceAModeratorAdmitsThemOrUnlocks(): void {
		$meeting = $this->lock->register(settings: ['autoLock' => 'off']);
		$this->lock->locks->lock($meeting, LockActor::user('alice', 'Alice'));
		foreach (['tessa', 'ulf'] as $uid) {
			$this->knows('users', $uid);
			$this->lock->guard->markUnadmitted('abcd1234', [['users', $uid]]); // both joined an invited Team
		}
		$this->assertTrue($this->cancelled(new BeforeUserJoinedRoomEvent($this->room, $this->user('tessa'), '', true)));

		$this->lock->users->method('get')->willReturnCallback(fn (string $uid) => $this->user($uid));
		$this->lock->talk->method('isParticipant')->willReturn(true);
		$this->lock->admit->admitUser($meeting, LockActor::user('alice', 'Alice'), 'tessa');

		$this->assertFalse($this->cancelled(new BeforeUserJoinedRoomEvent($this->room, $this->user('tessa'), '', true)), 'admitted');
		$this->assertTrue($this->cancelled(new BeforeUserJoinedRoomEvent($this->room, $this->user('ulf'), '', true)), 'still locked for ulf');
		$this->lock->locks->unlock($meeting, LockActor::user('alice', 'Alice'));
		$this->lock->locks->lock($this->lock->meeting(), LockActor::user('alice', 'Alice'));
		$this->assertFalse($this->cancelled(new BeforeUserJoinedRoomEvent($this->room, $this->user('ulf'), '', true)), 'the unlock let ulf in for good');
	}

	public function testOnlyPeopleTalkAddsWithoutAnAdmissionAreMarked(): void {
		$this->lock->locks->lock($this->lock->register(), LockActor::user('alice', 'Alice'));
		$this->lock->admissions->grant('abcd1234', Admission::USERS, 'carol', LockHarness::NOW + 60, 'users/alice');

		$this->lock->guard->markUnadmitted('abcd1234', [['users', 'carol'], ['users', 'tessa'], ['groups', 'staff'], ['circles', 'team']]);

		$this->assertFalse($this->lock->marks->has('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'carol'), 'her admission is used up');
		$this->assertFalse($this->lock->admissions->isPending('abcd1234', Admission::USERS, 'carol', LockHarness::NOW));
		$this->assertTrue($this->lock->marks->has('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'tessa'));
		$this->assertSame(['tessa'], $this->lock->db->dbal()->fetchFirstColumn('SELECT actor_id FROM oc_safemeet_actor_marks'), 'groups and Teams never join themselves');
	}

	public function testAnExpiredAdmissionLetsNobodyIn(): void {
		$this->lock->locks->lock($this->lock->register(), LockActor::user('alice', 'Alice'));
		$this->lock->admissions->grant('abcd1234', Admission::USERS, 'mallory', LockHarness::NOW - 1, 'users/alice');

		$this->assertTrue($this->cancelled(new BeforeUserJoinedRoomEvent($this->room, $this->user('mallory'), '', false)));
	}

	/**
	 * @return array<string, array{0: int, 1: callable(self): Event, 2: bool}> [now, join, refused?]
	 */
	public static function guestWindow(): array {
		$start = 1893456000;
		$end = 1893459600;
		$newGuest = static fn (self $t): Event => new BeforeGuestJoinedRoomEvent($t->room, 'the password', true);
		$invitee = static function (self $t): Event {
			$t->knows('emails', 'hash');
			$t->emailActorId = 'hash';
			return new BeforeGuestJoinedRoomEvent($t->room, '', true);
		};
		$returning = static function (self $t): Event {
			$t->knows('guests', 'old');
			$t->guestActorId = 'old';
			return new BeforeGuestJoinedRoomEvent($t->room, '', true);
		};
		$guestModerator = static function (self $t): Event {
			$t->knows('emails', 'hash', true);
			$t->emailActorId = 'hash';
			return new BeforeGuestJoinedRoomEvent($t->room, '', true);
		};
		$user = static fn (self $t): Event => new BeforeUserJoinedRoomEvent($t->room, $t->user('mallory'), 'the password', false);
		return [
			'new guest a day early' => [$start - 86400, $newGuest, true],
			'new guest 31 minutes early' => [$start - 31 * 60, $newGuest, true],
			'new guest 30 minutes early' => [$start - 30 * 60, $newGuest, false],
			'new guest at the end' => [$end, $newGuest, false],
			'new guest a second after the end' => [$end + 1, $newGuest, true],
			'e-mail invitee a day early' => [$start - 86400, $invitee, true],
			'guest moderator a day early' => [$start - 86400, $guestModerator, false],
			'guest coming back after the end (the meeting ran over)' => [$end + 600, $returning, false],
			'guest whose attendee Talk cleaned up, coming back after the end' => [$end + 600, static function (self $t): Event {
				$t->lock->marks->mark('abcd1234', ActorMarkMapper::GUEST, 'guests', 'cleaned');
				$t->guestActorId = 'cleaned';
				return new BeforeGuestJoinedRoomEvent($t->room, '', true);
			}, false],
			'user by the link a day early (users are not held to the window)' => [$start - 86400, $user, false],
		];
	}

	/** @dataProvider guestWindow */
	public function testGuestsJoinOnlyInTheMeetingsWindow(int $now, callable $event, bool $refused): void {
		$this->lock->register(settings: ['autoLock' => 'off']);
		$this->lock->now = $now;

		$this->assertSame($refused, $this->cancelled($event($this)));
	}

	public function testTheWindowIsThePlansGuestWindowMinutes(): void {
		$this->lock->register(settings: ['autoLock' => 'off', 'guestWindowMinutes' => 5]);
		$this->lock->now = 1893456000 - 6 * 60;

		$this->assertTrue($this->cancelled(new BeforeGuestJoinedRoomEvent($this->room, 'the password', true)));
		$this->lock->now = 1893456000 - 5 * 60;
		$this->assertFalse($this->cancelled(new BeforeGuestJoinedRoomEvent($this->room, 'the password', true)));
	}

	public function testWhenTheLockCannotBeReadNewGuestsStayOutButAUserIsNeverCancelled(): void {
		$this->lock->register();
		$this->assertNotNull($this->lock->rooms->planFor('abcd1234')); // known to be a safe meeting (cached plan)
		$this->lock->db->dbal()->executeStatement('DROP TABLE oc_safemeet_meetings');
		$this->knows('users', 'bob');

		$this->assertTrue($this->cancelled(new BeforeGuestJoinedRoomEvent($this->room, 'the password', true)), 'fails closed for a newcomer');
		$this->assertFalse($this->cancelled(new BeforeUserJoinedRoomEvent($this->room, $this->user('bob'), '', true)), 'a cancelled join would remove bob');
	}

	public function testWhenTheRegistryCannotSayWhetherARoomIsASafeMeetingTalkGoesOn(): void {
		$this->lock->db->dbal()->executeStatement('DROP TABLE oc_safemeet_meetings');

		$this->assertFalse($this->cancelled(new BeforeGuestJoinedRoomEvent($this->room, 'the password', true)), 'every Talk room would be shut');
		$this->assertFalse($this->cancelled(new BeforeFederatedUserJoinedRoomEvent($this->room, 'eve@other.example')));
	}
}
