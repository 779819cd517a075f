<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Controller;

use OCA\SafeMeeting\Controller\LockController;
use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Db\Admission;
use OCA\SafeMeeting\Event\MeetingLockChangedEvent;
use OCA\SafeMeeting\Exception\RoomNotFoundException;
use OCA\SafeMeeting\Service\ModeratedMeetings;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\LockHarness;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserSession;
use PHPUnit\Framework\TestCase;

/**
 * Lock, unlock, admit and end through our OCS API, with the real services and database; only Talk and
 * the session are mocked.
 */
class LockControllerTest extends TestCase {
	private LockHarness $lock;
	private ?IUser $user;
	private LockController $controller;
	private bool $moderates = true;
	private bool $participant = true;

	protected function setUp(): void {
		$this->lock = new LockHarness(fn (string $class) => $this->createMock($class));
		$this->lock->register();
		$this->lock->adapter->method('getRoomState')->willReturnCallback(fn (string $token) => $this->participant ? Plans::matchingRoom(Plans::accepted(), $token, $this->moderates) : null);
		$this->user = $this->userNamed('alice', 'Alice');
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturnCallback(fn () => $this->user);
		$this->controller = new LockController(
			$this->createMock(IRequest::class), $session, new ModeratedMeetings($this->lock->meetings, $this->lock->locator),
			$this->lock->meetings, $this->lock->locks, $this->lock->admit, new FakeL10N(),
		);
	}

	private function userNamed(string $uid, string $name): IUser {
		$user = $this->createMock(IUser::class);
		$user->method('getUID')->willReturn($uid);
		$user->method('getDisplayName')->willReturn($name);
		return $user;
	}

	/** @return list<string> the actions dispatched so far */
	private function actions(): array {
		return array_map(static fn (MeetingLockChangedEvent $e): string => $e->getAction(), $this->lock->dispatcher->ofType(MeetingLockChangedEvent::class));
	}

	public function testAModeratorLocksAndUnlocks(): void {
		$this->lock->talk->expects($this->exactly(1))->method('keepSelfJoinedUsers')->with('abcd1234');

		$locked = $this->controller->lock('abcd1234');
		$again = $this->controller->lock('abcd1234');
		$unlocked = $this->controller->unlock('abcd1234');

		$this->assertSame(200, $locked->getStatus());
		$this->assertSame(['locked' => true, 'lockedAt' => LockHarness::NOW, 'lockedBy' => 'alice', 'reason' => 'moderator', 'refusedJoins' => 0, 'callStartedAt' => null], $locked->getData());
		$this->assertSame(200, $again->getStatus(), 'locking a locked meeting is fine');
		$this->assertFalse($unlocked->getData()['locked']);
		$this->assertSame(['locked', 'unlocked'], $this->actions(), 'one notice and audit entry per change');
	}

	/** @return array<string, array{0: string, 1: array}> */
	public static function actionsOfModerators(): array {
		return [
			'lock' => ['lock', []],
			'unlock' => ['unlock', []],
			'admit' => ['admit', ['carol', null]],
			'end' => ['end', []],
		];
	}

	/** @dataProvider actionsOfModerators */
	public function testOnlyModeratorsOfTheRoomMayAct(string $method, array $args): void {
		$this->moderates = false;
		$this->assertSame(403, $this->controller->$method('abcd1234', ...$args)->getStatus());

		$this->participant = false;
		$this->assertSame(404, $this->controller->$method('abcd1234', ...$args)->getStatus(), 'non-participants learn nothing');
		$this->assertSame(404, $this->controller->$method('unknown1', ...$args)->getStatus(), 'the same as for no safe meeting');

		$this->user = null;
		$this->assertSame(401, $this->controller->$method('abcd1234', ...$args)->getStatus());
		$this->assertFalse($this->lock->meeting()->isLocked());
		$this->assertSame([], $this->actions());
	}

	/** @dataProvider actionsOfModerators */
	public function testRoutesAreOcsRoutesForLoggedInUsers(string $method): void {
		$reflection = new \ReflectionMethod(LockController::class, $method);
		$route = $reflection->getAttributes(ApiRoute::class)[0]->newInstance()->toArray();
		$this->assertSame([
			'lock' => ['verb' => 'POST', 'url' => '/api/v1/meetings/{token}/lock'],
			'unlock' => ['verb' => 'DELETE', 'url' => '/api/v1/meetings/{token}/lock'],
			'admit' => ['verb' => 'POST', 'url' => '/api/v1/meetings/{token}/admissions'],
			'end' => ['verb' => 'POST', 'url' => '/api/v1/meetings/{token}/end'],
		][$method], $route);
		$this->assertCount(1, $reflection->getAttributes(NoAdminRequired::class));
	}

	public function testAdmittingIsRateLimited(): void {
		$limit = (new \ReflectionMethod(LockController::class, 'admit'))->getAttributes(UserRateLimit::class)[0]->newInstance();
		$this->assertSame([30, 600], [$limit->getLimit(), $limit->getPeriod()]);
	}

	public function testAdmitsAUserWhileLockedThroughTalkWithAOneTimeAdmission(): void {
		$this->controller->lock('abcd1234');
		$carol = $this->userNamed('carol', 'Carol');
		$this->lock->users->method('get')->willReturnCallback(fn (string $uid) => ['carol' => $carol, 'alice' => $this->user][$uid] ?? null);
		$this->lock->talk->method('isParticipant')->willReturn(false);
		$this->lock->talk->expects($this->once())->method('addUser')->with('abcd1234', $carol, $this->user)
			->willReturnCallback(function (): void {
				// Talk's BeforeAttendeesAddedEvent reaches our guard while the admission is pending.
				$this->assertTrue($this->lock->guard->mayAdd('abcd1234', [['users', 'carol']]));
			});

		$response = $this->controller->admit('abcd1234', 'carol');

		$this->assertSame(201, $response->getStatus());
		$this->assertSame(['admittedName' => 'Carol'], $response->getData());
		$this->assertFalse($this->lock->admissions->isPending('abcd1234', Admission::USERS, 'carol', LockHarness::NOW), 'used up');
		$this->assertTrue($this->lock->meeting()->isLocked(), 'still locked for everybody else');
		$admitted = $this->lock->dispatcher->ofType(MeetingLockChangedEvent::class)[1];
		$this->assertSame(['admitted', 'Carol', 'users/carol'], [$admitted->getAction(), $admitted->getAdmittedName(), $admitted->getAdmittedActor()]);
	}

	public function testAdmitsAnEmailGuestWhomTalkMailsTheirPersonalLink(): void {
		$this->lock->talk->method('isParticipant')->with('abcd1234', 'emails', hash('sha256', 'dave@example.com'))->willReturn(false);
		$this->lock->talk->expects($this->once())->method('inviteEmail')->with('abcd1234', 'Dave@Example.com');

		$response = $this->controller->admit('abcd1234', null, 'Dave@Example.com');

		$this->assertSame(201, $response->getStatus());
		$this->assertSame(['admittedName' => ''], $response->getData(), 'the chat does not show addresses');
		$this->assertSame('emails', $this->lock->dispatcher->ofType(MeetingLockChangedEvent::class)[0]->getAdmittedActor(), 'nor does the audit log');
	}

	/** @return array<string, array{0: mixed, 1: mixed, 2: int, 3: string}> */
	public static function badAdmissions(): array {
		return [
			'neither' => [null, null, 400, '[t] Give either a user name or an e-mail address.'],
			'both' => ['carol', 'dave@example.com', 400, '[t] Give either a user name or an e-mail address.'],
			'not a string' => [['carol'], null, 400, '[t] Give either a user name or an e-mail address.'],
			'unknown user' => ['nobody', null, 400, '[t] There is no user with that name, and it is not an e-mail address.'],
			'not an e-mail address' => [null, 'dave-at-example', 400, '[t] There is no user with that name, and it is not an e-mail address.'],
		];
	}

	/** @dataProvider badAdmissions */
	public function testBadAdmissionsChangeNothing(mixed $userId, mixed $email, int $status, string $message): void {
		$this->lock->users->method('get')->willReturn(null);
		$this->lock->talk->expects($this->never())->method('addUser');
		$this->lock->talk->expects($this->never())->method('inviteEmail');

		$response = $this->controller->admit('abcd1234', $userId, $email);

		$this->assertSame([$status, ['message' => $message]], [$response->getStatus(), $response->getData()]);
		$this->assertSame([], $this->actions());
	}

	public function testAPersonWhoIsInAlreadyNeedsNoAdmission(): void {
		$this->lock->users->method('get')->willReturn($this->userNamed('bob', 'Bob'));
		$this->lock->talk->method('isParticipant')->willReturn(true);
		$this->lock->talk->expects($this->never())->method('addUser');

		$response = $this->controller->admit('abcd1234', 'bob');

		$this->assertSame(409, $response->getStatus());
		$this->assertSame('[t] This person is a participant already and can join.', $response->getData()['message']);
	}

	public function testAdmittingSomebodyTalkAddedWhileLockedLetsThemInWithoutAddingThemAgain(): void {
		$this->controller->lock('abcd1234');
		$this->lock->guard->markUnadmitted('abcd1234', [['users', 'tessa']]); // joined an invited Team meanwhile
		$this->lock->users->method('get')->willReturn($this->userNamed('tessa', 'Tessa'));
		$this->lock->talk->method('isParticipant')->willReturn(true);
		$this->lock->talk->expects($this->never())->method('addUser');

		$response = $this->controller->admit('abcd1234', 'tessa');

		$this->assertSame(201, $response->getStatus());
		$this->assertFalse($this->lock->marks->has('abcd1234', ActorMarkMapper::UNADMITTED, 'users', 'tessa'));
		$this->assertSame(['locked', 'admitted'], $this->actions());
		$this->assertSame(409, $this->controller->admit('abcd1234', 'tessa')->getStatus(), 'in now, like any participant');
	}

	public function testAMeetingWithoutGuestsAdmitsNoEmailGuest(): void {
		$this->lock->register('noguest1', plan: Plans::named('accepted: no guests'));
		$this->lock->talk->expects($this->never())->method('inviteEmail');

		$response = $this->controller->admit('noguest1', null, 'dave@example.com');

		$this->assertSame([400, '[t] This safe meeting does not allow guests.'], [$response->getStatus(), $response->getData()['message']]);
	}

	public function testWhenTalkCannotAddThePersonNothingIsLeftBehind(): void {
		$this->lock->users->method('get')->willReturn($this->userNamed('carol', 'Carol'));
		$this->lock->talk->method('addUser')->willThrowException(new \RuntimeException('banned'));

		$response = $this->controller->admit('abcd1234', 'carol');

		$this->assertSame(503, $response->getStatus());
		$this->assertFalse($this->lock->admissions->isPending('abcd1234', Admission::USERS, 'carol', LockHarness::NOW));
		$this->assertSame([], $this->actions());
	}

	public function testEndingEndsTheCallForEveryoneAndLocksTheRoomWhichStays(): void {
		$this->lock->talk->expects($this->once())->method('endCallForEveryone')->with('abcd1234')->willReturn(true);

		$response = $this->controller->end('abcd1234');

		$this->assertSame(200, $response->getStatus());
		$this->assertSame(['locked' => true, 'reason' => 'ended'], array_intersect_key($response->getData(), ['locked' => 0, 'reason' => 0]));
		$this->assertSame(['ended'], $this->actions());
		$this->assertCount(1, $this->lock->meetings->findByTokens(['abcd1234']), 'the registration stays with the room');
	}

	public function testEndingWithoutARunningCallStillLocks(): void {
		$this->lock->talk->method('endCallForEveryone')->willReturn(false);

		$response = $this->controller->end('abcd1234');

		$this->assertSame(200, $response->getStatus());
		$this->assertTrue($this->lock->meeting()->isLocked());
		$this->assertSame(['ended'], $this->actions());
	}

	public function testWhenTalkCannotEndTheCallTheLockIsUndone(): void {
		$this->lock->talk->method('endCallForEveryone')->willThrowException(new RoomNotFoundException('gone'));

		$response = $this->controller->end('abcd1234');

		$this->assertSame(503, $response->getStatus());
		$this->assertFalse($this->lock->meeting()->isLocked());
		$this->assertSame([], $this->actions());
	}

	public function testEndingALockedMeetingKeepsItsLock(): void {
		$this->controller->lock('abcd1234');
		$this->lock->talk->method('endCallForEveryone')->willThrowException(new \RuntimeException('no'));

		$this->controller->end('abcd1234');

		$this->assertSame('moderator', $this->lock->meeting()->lockState()['reason']);
	}
}
