<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Reference\Listener;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Listener\AttendeeGuardListener;
use OCA\SafeMeeting\Listener\AttendeeRemovedListener;
use OCA\SafeMeeting\Listener\AutoLockListener;
use OCA\SafeMeeting\Listener\GuestJoinedListener;
use OCA\SafeMeeting\Listener\JoinGuardListener;
use OCA\SafeMeeting\Listener\OutsideParticipantGuardListener;
use OCA\SafeMeeting\Listener\PasswordGuardListener;
use OCA\SafeMeeting\Listener\PrivacyNoticeJoinListener;
use OCA\SafeMeeting\Service\LockActor;
use OCA\SafeMeeting\Service\RefusalNotice;
use OCA\SafeMeeting\Talk\TalkJoins;
use OCA\SafeMeeting\Tests\Support\LockHarness;
use OCA\SafeMeeting\Tests\Support\ReferenceTestCase;
use OCA\SafeMeeting\Tests\Support\RequestRoute;
use OCA\SafeMeeting\Tests\Support\TalkServiceHarness;
use OCA\Talk\Events\AAttendeeRemovedEvent;
use OCA\Talk\Exceptions\ParticipantNotFoundException;
use OCA\Talk\Exceptions\UnauthorizedException;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Model\AttendeeMapper;
use OCA\Talk\Model\Session;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCA\Talk\Service\SessionService;
use OCA\Talk\TalkSession;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserSession;
use OCP\Security\IHasher;
use PHPUnit\Framework\MockObject\MockObject;
use Psr\Log\LoggerInterface;

/**
 * The lock inside Talk 22's real join code: ParticipantService::joinRoom and joinRoomAsNewGuest, and
 * RoomService::verifyPassword, with Safe Meeting's listeners registered by Application::register(). A
 * newcomer is turned away before Talk writes an attendee or a session; somebody already in joins as
 * always, so Talk never removes them; the right password takes a newcomer to our page, not into the room.
 * Who is in the room is what Talk's lookups answer (a mock of Talk's ParticipantService, as TalkJoins
 * asks it); the lock, the plan and the refusal count are the app's real services on SQLite.
 */
class JoinGuardInTalkTest extends ReferenceTestCase {
	private const TOKEN = 'abcd1234';
	private const NOTICE = '/apps/safe_meeting/refused/abcd1234';

	private LockHarness $lock;
	private TalkServiceHarness $talk;
	private AttendeeMapper&MockObject $attendeeMapper;
	private SessionService&MockObject $sessions;
	/** @var array<string, Attendee> "type/id" => attendee Talk has in the room */
	private array $attendees = [];
	/** The guest actor id Talk's session holds for this browser (a returning guest), or null. */
	private ?string $guestActorId = null;

	protected function setUp(): void {
		$this->lock = new LockHarness(fn (string $class) => $this->createMock($class));
		$lookups = $this->createMock(ParticipantService::class);
		$lookups->method('getParticipant')->willReturnCallback(fn (Room $room, ?string $uid) => $this->participant($room, 'users', (string)$uid));
		$lookups->method('getParticipantByActor')->willReturnCallback(fn (Room $room, string $type, string $id) => $this->participant($room, $type, $id));
		$hasher = $this->createMock(IHasher::class);
		$hasher->method('verify')->willReturnCallback(static fn (string $password, string $hash): bool => $hash === 'hash of ' . $password);
		$talkSession = $this->createMock(TalkSession::class);
		$talkSession->method('getGuestActorIdForRoom')->willReturnCallback(fn (): ?string => $this->guestActorId);
		$joins = new TalkJoins($lookups, $talkSession, $this->createMock(IUserSession::class), $hasher, $this->lock->marks);
		$request = $this->createMock(IRequest::class);
		RequestRoute::answer($request, static fn (): string => '/index.php/call/' . self::TOKEN);
		$teamJoin = $this->createMock(IRequest::class);
		RequestRoute::answer($teamJoin, static fn (): string => '/ocs/v2.php/apps/circles/circles/team0001/join');
		$notice = $this->createMock(RefusalNotice::class);
		$notice->method('remember')->willReturn(self::NOTICE);
		$logger = $this->createMock(LoggerInterface::class);

		$this->talk = new TalkServiceHarness($this, [
			JoinGuardListener::class => new JoinGuardListener($joins, $this->lock->guard, $logger),
			PasswordGuardListener::class => new PasswordGuardListener($joins, $this->lock->guard, $notice, $request, $logger),
			AutoLockListener::class => $this->createMock(AutoLockListener::class),
			GuestJoinedListener::class => new GuestJoinedListener($this->lock->rooms, $this->lock->marks, $logger),
			AttendeeRemovedListener::class => new AttendeeRemovedListener($this->lock->rooms, $this->lock->marks, $logger),
			// Somebody joining an invited Team: Circles' API, not Talk's.
			AttendeeGuardListener::class => new AttendeeGuardListener($this->lock->guard, $teamJoin, $logger),
			OutsideParticipantGuardListener::class => $this->createMock(OutsideParticipantGuardListener::class),
			PrivacyNoticeJoinListener::class => $this->createMock(PrivacyNoticeJoinListener::class),
			IHasher::class => $hasher,
		]);
		$this->talk->registerApp();

		$this->attendeeMapper = $this->createMock(AttendeeMapper::class);
		$this->attendeeMapper->method('findByActor')->willReturnCallback(fn (int $roomId, string $type, string $id): Attendee => $this->attendees["$type/$id"]
			?? throw new \OCP\AppFramework\Db\DoesNotExistException('not in the room'));
		$this->sessions = $this->createMock(SessionService::class);
		$this->sessions->method('createSessionForAttendee')->willReturnCallback(static function (): Session {
			static $sessions = 0;
			$session = new Session();
			$session->setSessionId('session-' . ++$sessions);
			return $session;
		});
	}

	private function participant(Room $room, string $type, string $id): Participant {
		$attendee = $this->attendees["$type/$id"] ?? throw new ParticipantNotFoundException('not in the room');
		return new Participant($room, $attendee, null);
	}

	private function knows(string $type, string $id): void {
		$attendee = new Attendee();
		$attendee->setActorType($type);
		$attendee->setActorId($id);
		$attendee->setParticipantType($type === 'users' ? Participant::USER : Participant::GUEST);
		$this->attendees["$type/$id"] = $attendee;
	}

	private function participantService(): ParticipantService {
		return $this->talk->build(ParticipantService::class, [
			'dispatcher' => $this->talk->dispatcher,
			'attendeeMapper' => $this->attendeeMapper,
			'sessionService' => $this->sessions,
			'connection' => $this->talk->db,
		]);
	}

	private function room(): Room {
		return $this->talk->room(['token' => self::TOKEN, 'type' => Room::TYPE_PUBLIC, 'password' => 'hash of the password', 'lastMessage' => null]);
	}

	private function user(string $uid): IUser {
		$user = $this->createMock(IUser::class);
		$user->method('getUID')->willReturn($uid);
		$user->method('getDisplayName')->willReturn(ucfirst($uid));
		return $user;
	}

	private function lockMeeting(): void {
		$this->lock->locks->lock($this->lock->register(self::TOKEN, ['autoLock' => 'off']), LockActor::user('alice', 'Alice'));
	}

	public function testAnInvitedUserJoinsALockedMeetingAndIsNeverRemoved(): void {
		$this->lockMeeting();
		$this->knows('users', 'bob');
		$this->sessions->expects($this->once())->method('createSessionForAttendee');

		$participant = $this->participantService()->joinRoom($this->talk->roomService(), $this->room(), $this->user('bob'), '');

		$this->assertSame('bob', $participant->getAttendee()->getActorId());
		$this->assertSame([], $this->talk->writes, 'Talk deleted nothing');
		$this->assertSame(0, $this->lock->meeting(self::TOKEN)->getRefusedJoins());
	}

	public function testAUserWhoIsNotInTheLockedMeetingIsTurnedAwayBeforeTalkWritesAnything(): void {
		$this->lockMeeting();
		$this->attendeeMapper->expects($this->never())->method('insert');
		$this->sessions->expects($this->never())->method('createSessionForAttendee');

		try {
			$this->participantService()->joinRoom($this->talk->roomService(), $this->room(), $this->user('mallory'), 'the password');
			$this->fail('joined');
		} catch (UnauthorizedException) {
		}
		$this->assertSame(1, $this->lock->meeting(self::TOKEN)->getRefusedJoins());
	}

	public function testANewGuestIsTurnedAwayWhileLockedAndJoinsOnceUnlocked(): void {
		$this->lockMeeting();
		$this->attendeeMapper->expects($this->once())->method('insert');

		try {
			$this->participantService()->joinRoomAsNewGuest($this->talk->roomService(), $this->room(), 'the password', true);
			$this->fail('joined while locked');
		} catch (UnauthorizedException) {
		}
		$this->lock->locks->unlock($this->lock->meeting(self::TOKEN), LockActor::user('alice', 'Alice'));

		$guest = $this->participantService()->joinRoomAsNewGuest($this->talk->roomService(), $this->room(), 'the password', true);

		$this->assertSame(Attendee::ACTOR_GUESTS, $guest->getAttendee()->getActorType());
	}

	public function testAGuestComingBackWithTheirOldAttendeeRejoinsALockedMeeting(): void {
		$this->lockMeeting();
		$this->knows('guests', 'sha1-of-old-session');
		$this->guestActorId = 'sha1-of-old-session'; // what a reload or a dropped connection brings back
		$previous = new Participant($this->room(), $this->attendees['guests/sha1-of-old-session'], null);
		$this->attendeeMapper->expects($this->never())->method('insert');

		$guest = $this->participantService()->joinRoomAsNewGuest($this->talk->roomService(), $this->room(), '', true, $previous);

		$this->assertSame('sha1-of-old-session', $guest->getAttendee()->getActorId());
		$this->assertSame(0, $this->lock->meeting(self::TOKEN)->getRefusedJoins());
	}

	/** Talk's ParticipantService::cleanGuestParticipants deletes a nameless guest 100 s after their connection dropped. */
	public function testAGuestWhomTalkCleanedUpComesBackIntoTheLockedMeetingFromTheSameBrowser(): void {
		$this->lock->register(self::TOKEN, ['autoLock' => 'off']);
		$first = $this->participantService()->joinRoomAsNewGuest($this->talk->roomService(), $this->room(), 'the password', true);
		$this->lock->locks->lock($this->lock->meeting(self::TOKEN), LockActor::user('alice', 'Alice'));
		$this->guestActorId = $first->getAttendee()->getActorId(); // Talk cleaned the attendee up; the browser session keeps its id

		$this->assertSame(['result' => true, 'url' => ''], $this->talk->roomService()->verifyPassword($this->room(), 'the password'), 'Talk checks the password kept in the session');
		$again = $this->participantService()->joinRoomAsNewGuest($this->talk->roomService(), $this->room(), 'the password', true);

		$this->assertNotSame($this->guestActorId, $again->getAttendee()->getActorId(), 'Talk made a new attendee');
		$this->assertTrue($this->lock->marks->has(self::TOKEN, ActorMarkMapper::GUEST, 'guests', $again->getAttendee()->getActorId()), 'remembered under the new id');
		$this->assertSame(0, $this->lock->meeting(self::TOKEN)->getRefusedJoins());
	}

	public function testAGuestAModeratorRemovedStaysOutOfTheLockedMeeting(): void {
		$this->lock->register(self::TOKEN, ['autoLock' => 'off']);
		$guest = $this->participantService()->joinRoomAsNewGuest($this->talk->roomService(), $this->room(), 'the password', true);
		$this->lock->locks->lock($this->lock->meeting(self::TOKEN), LockActor::user('alice', 'Alice'));
		$this->guestActorId = $guest->getAttendee()->getActorId();
		$guest->getAttendee()->setId(7); // what Talk's database gave it

		$this->participantService()->removeAttendee($this->room(), $guest, AAttendeeRemovedEvent::REASON_REMOVED);

		$this->assertSame(['result' => false, 'url' => self::NOTICE], $this->talk->roomService()->verifyPassword($this->room(), 'the password'));
		$this->expectException(UnauthorizedException::class);
		$this->participantService()->joinRoomAsNewGuest($this->talk->roomService(), $this->room(), 'the password', true);
	}

	/** Circles' AddingCircleMemberEvent makes Talk's CircleMembershipListener call addUsers for every room the Team is in. */
	public function testSomebodyWhoJoinsAnInvitedTeamWhileLockedIsAddedButStaysOutUntilAdmitted(): void {
		$this->lockMeeting();
		$this->attendeeMapper->expects($this->once())->method('insert');

		$this->participantService()->addUsers($this->room(), [['actorType' => 'users', 'actorId' => 'tessa', 'displayName' => 'Tessa']], null, true);
		$this->knows('users', 'tessa'); // Talk has her attendee now

		try {
			$this->participantService()->joinRoom($this->talk->roomService(), $this->room(), $this->user('tessa'), '');
			$this->fail('joined without an admission');
		} catch (UnauthorizedException) {
		}
		$this->lock->users->method('get')->willReturn($this->user('tessa'));
		$this->lock->talk->method('isParticipant')->willReturn(true);
		$this->lock->admit->admitUser($this->lock->meeting(self::TOKEN), LockActor::user('alice', 'Alice'), 'tessa');

		$participant = $this->participantService()->joinRoom($this->talk->roomService(), $this->room(), $this->user('tessa'), '');
		$this->assertSame('tessa', $participant->getAttendee()->getActorId());
	}

	public function testTheRightPasswordTakesANewcomerToTheLockNoticeNotIntoTheRoom(): void {
		$this->lockMeeting();

		$this->assertSame(['result' => false, 'url' => self::NOTICE], $this->talk->roomService()->verifyPassword($this->room(), 'the password'));
		$this->assertSame(['result' => false, 'url' => ''], $this->talk->roomService()->verifyPassword($this->room(), 'a wrong guess'), 'a wrong password stays Talk\'s answer');
	}

	public function testAnOpenMeetingLeavesThePasswordToTalk(): void {
		$this->lock->register(self::TOKEN, ['autoLock' => 'off']);

		$this->assertSame(['result' => true, 'url' => ''], $this->talk->roomService()->verifyPassword($this->room(), 'the password'));
	}
}
