<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Listener\PasswordGuardListener;
use OCA\SafeMeeting\Service\LockActor;
use OCA\SafeMeeting\Service\RefusalNotice;
use OCA\SafeMeeting\Talk\TalkJoins;
use OCA\SafeMeeting\Tests\Support\LockHarness;
use OCA\SafeMeeting\Tests\Support\RequestRoute;
use OCA\Talk\Events\RoomPasswordVerifyEvent;
use OCA\Talk\Exceptions\ParticipantNotFoundException;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCA\Talk\TalkSession;
use OCP\IRequest;
use OCP\ISession;
use OCP\IURLGenerator;
use OCP\IUser;
use OCP\IUserSession;
use OCP\Security\IHasher;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * Talk's password check (its public page and its join API) for a locked safe meeting.
 */
class PasswordGuardListenerTest extends TestCase {
	private LockHarness $lock;
	private Room&MockObject $room;
	private ParticipantService&MockObject $participants;
	private TalkSession&MockObject $talkSession;
	private ?IUser $user = null;
	private string $requestUri = '/index.php/call/abcd1234';
	/** @var array<string, mixed> */
	private array $session = [];

	protected function setUp(): void {
		$this->lock = new LockHarness(fn (string $class) => $this->createMock($class));
		$this->room = $this->createMock(Room::class);
		$this->room->method('getToken')->willReturn('abcd1234');
		$this->room->method('hasPassword')->willReturn(true);
		$this->room->method('getPassword')->willReturn('hash-of-the-password');
		$this->participants = $this->createMock(ParticipantService::class);
		$this->participants->method('getParticipant')->willThrowException(new ParticipantNotFoundException());
		$this->participants->method('getParticipantByActor')->willThrowException(new ParticipantNotFoundException());
		$this->talkSession = $this->createMock(TalkSession::class);
	}

	private function verify(string $password): RoomPasswordVerifyEvent {
		$userSession = $this->createMock(IUserSession::class);
		$userSession->method('getUser')->willReturnCallback(fn () => $this->user);
		$hasher = $this->createMock(IHasher::class);
		$hasher->method('verify')->willReturnCallback(static fn (string $message, string $hash): bool => $message === 'the password' && $hash === 'hash-of-the-password');
		$session = $this->createMock(ISession::class);
		$session->method('get')->willReturnCallback(fn (string $key) => $this->session[$key] ?? null);
		$session->method('set')->willReturnCallback(function (string $key, $value): void {
			$this->session[$key] = $value;
		});
		$urls = $this->createMock(IURLGenerator::class);
		$urls->method('linkToRouteAbsolute')->willReturnCallback(static fn (string $route, array $args) => "https://cloud.example/$route/" . $args['token']);
		$request = $this->createMock(IRequest::class);
		RequestRoute::answer($request, fn (): string => $this->requestUri);

		$event = new RoomPasswordVerifyEvent($this->room, $password);
		(new PasswordGuardListener(
			new TalkJoins($this->participants, $this->talkSession, $userSession, $hasher, $this->lock->marks),
			$this->lock->guard,
			new RefusalNotice($session, $urls),
			$request,
			$this->createMock(LoggerInterface::class),
		))->handle($event);
		return $event;
	}

	private function locked(): void {
		$this->lock->locks->lock($this->lock->register(), LockActor::user('alice', 'Alice'));
	}

	public function testTheRightPasswordOfALockedMeetingLeadsToThePageThatSaysWhy(): void {
		$this->locked();

		$event = $this->verify('the password');

		$this->assertFalse($event->isPasswordValid());
		$this->assertSame('https://cloud.example/safe_meeting.refusal.show/abcd1234', $event->getRedirectUrl());
		$this->assertSame('locked', $this->session['safe_meeting_refusals']['abcd1234']['reason'], 'only this browser learns why');
		$this->assertSame(1, $this->lock->meeting()->getRefusedJoins());
	}

	public function testWhenTheLockCannotBeReadThePasswordLetsNoNewcomerIn(): void {
		$this->locked();
		$this->assertNotNull($this->lock->rooms->planFor('abcd1234')); // known to be a safe meeting
		$this->lock->db->dbal()->executeStatement('DROP TABLE oc_safemeet_meetings');

		$this->assertFalse($this->verify('the password')->isPasswordValid());
	}

	public function testWhenTheRegistryCannotSayWhetherARoomIsASafeMeetingThePasswordIsTalks(): void {
		$this->lock->db->dbal()->executeStatement('DROP TABLE oc_safemeet_meetings');

		$this->assertNull($this->verify('the password')->isPasswordValid(), 'Talk checks it itself');
	}

	public function testAWrongPasswordIsLeftToTalkSoNobodyLearnsAnythingWithoutIt(): void {
		$this->locked();

		$event = $this->verify('a guess');

		$this->assertNull($event->isPasswordValid(), 'Talk checks it itself and says "wrong password"');
		$this->assertSame('', $event->getRedirectUrl());
		$this->assertSame([], $this->session);
		$this->assertSame(0, $this->lock->meeting()->getRefusedJoins());
	}

	public function testAnOpenMeetingIsLeftToTalk(): void {
		$this->lock->register();

		$this->assertNull($this->verify('the password')->isPasswordValid());
	}

	public function testAGuestComingBackIsLeftToTalksOwnCheck(): void {
		$this->locked();
		$this->talkSession->method('getGuestActorIdForRoom')->willReturn('old-guest');
		$participants = $this->createMock(ParticipantService::class);
		$participants->method('getParticipantByActor')->willReturnCallback(fn (Room $room, string $type, string $id) => $type === 'guests' && $id === 'old-guest' ? $this->createMock(Participant::class) : throw new ParticipantNotFoundException());
		$this->participants = $participants;

		$this->assertNull($this->verify('the password')->isPasswordValid());
	}

	public function testAUserWhoIsAParticipantIsLeftToTalk(): void {
		$this->locked();
		$this->user = $this->createMock(IUser::class);
		$this->user->method('getUID')->willReturn('bob');
		$participants = $this->createMock(ParticipantService::class);
		$participants->method('getParticipant')->willReturn($this->createMock(Participant::class));
		$this->participants = $participants;

		$this->assertNull($this->verify('the password')->isPasswordValid());
	}

	public function testAGuestOutsideTheWindowIsToldWhenTheMeetingTakesPlace(): void {
		$this->lock->register();
		$this->lock->now = 1893456000 - 86400;

		$event = $this->verify('the password');

		$this->assertFalse($event->isPasswordValid());
		$this->assertSame(['reason' => 'outside-window', 'from' => 1893456000 - 1800, 'until' => 1893459600], $this->session['safe_meeting_refusals']['abcd1234']);
	}

	public function testOccCheckingAPasswordIsNeverInterruptedByALock(): void {
		$this->locked();
		$this->requestUri = '';

		$this->assertNull($this->verify('the password')->isPasswordValid());
	}

	public function testAPasswordAndTheJoinItLeadsToCountAsOneRefusedAttempt(): void {
		$this->locked();
		$this->verify('the password');

		$this->lock->guard->countRefusal('abcd1234');

		$this->assertSame(1, $this->lock->meeting()->getRefusedJoins());
	}
}
