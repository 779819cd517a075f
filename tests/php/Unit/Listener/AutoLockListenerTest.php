<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\BackgroundJob\AutoLockJob;
use OCA\SafeMeeting\Event\MeetingLockChangedEvent;
use OCA\SafeMeeting\Listener\AutoLockListener;
use OCA\SafeMeeting\Service\LockActor;
use OCA\SafeMeeting\Tests\Support\LockHarness;
use OCA\Talk\Events\AParticipantModifiedEvent;
use OCA\Talk\Events\BeforeFederatedUserJoinedRoomEvent;
use OCA\Talk\Events\CallStartedEvent;
use OCA\Talk\Events\FederatedUserJoinedRoomEvent;
use OCA\Talk\Events\GuestJoinedRoomEvent;
use OCA\Talk\Events\ParticipantModifiedEvent;
use OCA\Talk\Events\UserJoinedRoomEvent;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\EventDispatcher\Event;
use OCP\IUser;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * Safe meetings that lock themselves by plan: after everyone invited joined, or N minutes after the call
 * started (a one-shot job, no polling).
 */
class AutoLockListenerTest extends TestCase {
	private LockHarness $lock;
	private Room&MockObject $room;

	protected function setUp(): void {
		$this->lock = new LockHarness(fn (string $class) => $this->createMock($class));
		$this->room = $this->createMock(Room::class);
		$this->room->method('getToken')->willReturn('abcd1234');
	}

	private function handle(Event $event): void {
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn($this->lock->now);
		(new AutoLockListener($this->lock->autoLock, $time, $this->createMock(LoggerInterface::class)))->handle($event);
	}

	/** Talk's event when a session's call flags change: [new flags, old flags]. */
	private function callFlags(int $new, int $old): Event {
		return new ParticipantModifiedEvent($this->room, $this->createMock(Participant::class), AParticipantModifiedEvent::PROPERTY_IN_CALL, $new, $old);
	}

	/** @return array<string, array{0: callable(self): Event}> */
	public static function joins(): array {
		return [
			'somebody joined the call with audio and video' => [static fn (self $t): Event => $t->callFlags(Participant::FLAG_IN_CALL | 2 | 4, Participant::FLAG_DISCONNECTED)],
			'somebody joined the call without media' => [static fn (self $t): Event => $t->callFlags(Participant::FLAG_IN_CALL, Participant::FLAG_DISCONNECTED)],
		];
	}

	/** @return array<string, array{0: callable(self): Event}> */
	public static function noCallJoins(): array {
		return [
			'a user opened the conversation' => [static fn (self $t): Event => new UserJoinedRoomEvent($t->room, $t->createMock(IUser::class), $t->createMock(Participant::class))],
			'a guest opened the conversation' => [static fn (self $t): Event => new GuestJoinedRoomEvent($t->room, $t->createMock(Participant::class))],
			'somebody left the call' => [static fn (self $t): Event => $t->callFlags(Participant::FLAG_DISCONNECTED, Participant::FLAG_IN_CALL)],
			'somebody switched their video on' => [static fn (self $t): Event => $t->callFlags(Participant::FLAG_IN_CALL | 4, Participant::FLAG_IN_CALL)],
			'another property' => [static fn (self $t): Event => new ParticipantModifiedEvent($t->room, $t->createMock(Participant::class), AParticipantModifiedEvent::PROPERTY_PERMISSIONS, 255, 0)],
		];
	}

	/** @dataProvider noCallJoins */
	public function testOnlyJoiningTheCallCounts(callable $event): void {
		$this->lock->register(settings: ['autoLock' => 'when-all-joined']);
		$this->lock->talk->expects($this->never())->method('everyoneInvitedIsIn');

		$this->handle($event($this));

		$this->assertFalse($this->lock->meeting()->isLocked());
	}

	/** @dataProvider joins */
	public function testLocksWhenTheLastInviteeJoined(callable $join): void {
		$this->lock->register(settings: ['autoLock' => 'when-all-joined']);
		$this->lock->talk->expects($this->once())->method('everyoneInvitedIsIn')->with('abcd1234')->willReturn(true);

		$this->handle($join($this));

		$lock = $this->lock->meeting()->lockState();
		$this->assertTrue($lock['locked']);
		$this->assertSame('all-joined', $lock['reason']);
		$this->assertNull($lock['lockedBy'], 'the plan locked it');
		$this->assertCount(1, $this->lock->dispatcher->ofType(MeetingLockChangedEvent::class));
	}

	public function testStaysOpenWhileSomebodyInvitedIsMissing(): void {
		$this->lock->register(settings: ['autoLock' => 'when-all-joined']);
		$this->lock->talk->method('everyoneInvitedIsIn')->willReturn(false);

		$this->handle(self::joins()['somebody joined the call with audio and video'][0]($this));

		$this->assertFalse($this->lock->meeting()->isLocked());
	}

	/** @return array<string, array{0: string}> */
	public static function otherModes(): array {
		return ['off' => ['off'], 'minutes after the start' => ['minutes-after-start']];
	}

	/** @dataProvider otherModes */
	public function testOtherModesDoNotAskWhoIsIn(string $mode): void {
		$this->lock->register(settings: ['autoLock' => $mode]);
		$this->lock->talk->expects($this->never())->method('everyoneInvitedIsIn');

		$this->handle(self::joins()['somebody joined the call without media'][0]($this));

		$this->assertFalse($this->lock->meeting()->isLocked());
	}

	public function testTheFederatedBeforeEventIsNoJoin(): void {
		$this->lock->register(settings: ['autoLock' => 'when-all-joined']);
		$this->lock->talk->expects($this->never())->method('everyoneInvitedIsIn');

		$this->handle(new BeforeFederatedUserJoinedRoomEvent($this->room, 'erin@other.example'));
	}

	public function testAModeratorsUnlockSticksUntilANewCallStarts(): void {
		$this->lock->register(settings: ['autoLock' => 'when-all-joined']);
		$this->lock->talk->method('everyoneInvitedIsIn')->willReturn(true);
		$this->handle(self::joins()['somebody joined the call without media'][0]($this));
		$this->lock->locks->unlock($this->lock->meeting(), LockActor::user('alice', 'Alice'));

		$this->lock->now += 60;
		$this->handle(self::joins()['somebody joined the call without media'][0]($this));
		$this->assertFalse($this->lock->meeting()->isLocked(), 'the plan locks once per call');

		$this->lock->now += 60;
		$this->handle(new CallStartedEvent($this->room, new \DateTime('@' . $this->lock->now), Participant::FLAG_IN_CALL, [], null));
		$this->lock->now += 60;
		$this->handle(self::joins()['somebody joined the call without media'][0]($this));
		$this->assertTrue($this->lock->meeting()->isLocked(), 'a new call, a new auto-lock');
	}

	public function testAnUnlockAfterAModeratorsLockSticksToo(): void {
		$this->lock->register(settings: ['autoLock' => 'when-all-joined']);
		$this->lock->talk->method('everyoneInvitedIsIn')->willReturn(true);
		$this->lock->locks->lock($this->lock->meeting(), LockActor::user('alice', 'Alice'));
		$this->lock->locks->unlock($this->lock->meeting(), LockActor::user('alice', 'Alice'));

		$this->lock->now += 60;
		$this->handle(self::joins()['somebody joined the call without media'][0]($this));

		$this->assertFalse($this->lock->meeting()->isLocked(), 'the moderator opened it for this call');
	}

	public function testACallStartPlansOneJobAtTheLockTime(): void {
		$this->lock->register(settings: ['autoLock' => 'minutes-after-start', 'autoLockMinutes' => 15]);
		$startedAt = LockHarness::NOW - 30;
		$this->lock->jobs->expects($this->once())->method('scheduleAfter')->with(AutoLockJob::class, $startedAt + 15 * 60, ['token' => 'abcd1234', 'callStartedAt' => $startedAt]);

		$this->handle(new CallStartedEvent($this->room, new \DateTime('@' . $startedAt), Participant::FLAG_IN_CALL, [], null));

		$this->assertSame($startedAt, $this->lock->meeting()->getCallStartedAt());
	}

	/** @return array<string, array{0: string}> */
	public static function modesWithoutJob(): array {
		return ['off' => ['off'], 'when everyone joined' => ['when-all-joined']];
	}

	/** @dataProvider modesWithoutJob */
	public function testOtherModesPlanNoJob(string $mode): void {
		$this->lock->register(settings: ['autoLock' => $mode]);
		$this->lock->jobs->expects($this->never())->method('scheduleAfter');

		$this->handle(new CallStartedEvent($this->room, new \DateTime('@' . LockHarness::NOW), Participant::FLAG_IN_CALL, [], null));
	}

	public function testTheJobLocksTheCallItWasPlannedForOnly(): void {
		$this->lock->register(settings: ['autoLock' => 'minutes-after-start', 'autoLockMinutes' => 10]);
		$this->lock->meetings->setCallStartedAt('abcd1234', LockHarness::NOW - 11 * 60);

		$this->runJob(LockHarness::NOW - 30 * 60);
		$this->assertFalse($this->lock->meeting()->isLocked(), 'a job of an earlier call');

		$this->runJob(LockHarness::NOW - 11 * 60);
		$this->assertSame('minutes-after-start', $this->lock->meeting()->lockState()['reason']);
	}

	public function testTheJobOfADeletedMeetingDoesNothing(): void {
		$this->runJob(LockHarness::NOW);
		$this->assertSame([], $this->lock->dispatcher->events);
	}

	private function runJob(int $callStartedAt): void {
		$job = new AutoLockJob($this->createMock(ITimeFactory::class), $this->lock->autoLock);
		// What cron calls once the job is due (Job::start adds logging through the server around it).
		(new \ReflectionMethod($job, 'run'))->invoke($job, ['token' => 'abcd1234', 'callStartedAt' => $callStartedAt]);
	}

	public function testAFailureNeverReachesTalk(): void {
		$this->lock->register(settings: ['autoLock' => 'when-all-joined']);
		$this->lock->talk->method('everyoneInvitedIsIn')->willThrowException(new \RuntimeException('Talk is confused'));

		$this->handle(self::joins()['somebody joined the call without media'][0]($this));

		$this->assertFalse($this->lock->meeting()->isLocked());
	}
}
