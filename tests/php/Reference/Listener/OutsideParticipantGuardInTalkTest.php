<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Reference\Listener;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Db\AdmissionMapper;
use OCA\SafeMeeting\Exception\TalkRequestRefusedException;
use OCA\SafeMeeting\Listener\AttendeeGuardListener;
use OCA\SafeMeeting\Listener\OutsideParticipantGuardListener;
use OCA\SafeMeeting\Middleware\TalkRequestGuardMiddleware;
use OCA\SafeMeeting\Service\AutoLockService;
use OCA\SafeMeeting\Service\JoinGuard;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\ReferenceTestCase;
use OCA\SafeMeeting\Tests\Support\RegisteredMeetings;
use OCA\SafeMeeting\Tests\Support\RequestRoute;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\SafeMeeting\Tests\Support\TalkServiceHarness;
use OCA\Talk\Controller\RoomController;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Model\AttendeeMapper;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserSession;
use OCP\L10N\IFactory;
use PHPUnit\Framework\MockObject\MockObject;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * The guard for people without an account inside Talk 22's real ParticipantService::addUsers: with a
 * plan that allows no guests, nobody from outside is inserted, and the refusal reaches the client as the
 * middleware's 403 with a message.
 */
class OutsideParticipantGuardInTalkTest extends ReferenceTestCase {
	private const REGISTERED = 'safe0001';

	private TalkServiceHarness $talk;
	private AttendeeMapper&MockObject $attendees;
	private IRequest&MockObject $request;
	private array $plan;

	protected function setUp(): void {
		$this->plan = Plans::named('accepted: no guests');
		$mapper = RegisteredMeetings::mapper($this, self::REGISTERED, fn (): array => $this->plan);
		$this->request = $this->createMock(IRequest::class);
		RequestRoute::answer($this->request, static fn (): string => '/ocs/v2.php/apps/spreed/api/v4/room/safe0001/participants');
		$logger = $this->createMock(LoggerInterface::class);
		$lookup = new RegisteredRoomLookup($mapper, new ArrayCacheFactory(), $logger);
		$listener = new OutsideParticipantGuardListener($this->request, $lookup, $logger);
		// The lock's guard listens to the same event; the meeting is open here.
		$lockGuard = new AttendeeGuardListener(new JoinGuard($lookup, $mapper, $this->createMock(AdmissionMapper::class), $this->createMock(ActorMarkMapper::class), $this->createMock(AutoLockService::class), $this->createMock(ITimeFactory::class)), $this->request, $logger);

		$this->talk = new TalkServiceHarness($this, [OutsideParticipantGuardListener::class => $listener, AttendeeGuardListener::class => $lockGuard]);
		$this->talk->registerApp();
		$this->attendees = $this->createMock(AttendeeMapper::class);
	}

	private function participantService(): ParticipantService {
		return $this->talk->build(ParticipantService::class, ['dispatcher' => $this->talk->dispatcher, 'attendeeMapper' => $this->attendees]);
	}

	private function room(): Room {
		return $this->talk->room(['token' => self::REGISTERED, 'type' => Room::TYPE_GROUP, 'lastMessage' => null]);
	}

	/** [actor type Talk adds, refused] */
	public static function attendees(): array {
		return [
			'a phone number (SIP dial-out)' => [Attendee::ACTOR_PHONES, true],
			'a user of another server' => [Attendee::ACTOR_FEDERATED_USERS, true],
			'an e-mail guest, as Talk 24 adds them' => [Attendee::ACTOR_EMAILS, true],
			'a user of this server' => [Attendee::ACTOR_USERS, false],
		];
	}

	/** @dataProvider attendees */
	public function testTalkInsertsNobodyFromOutsideIntoASafeMeetingWithoutGuests(string $actorType, bool $refused): void {
		$this->attendees->expects($refused ? $this->never() : $this->once())->method('insert');

		try {
			$this->participantService()->addUsers($this->room(), [['actorType' => $actorType, 'actorId' => 'someone', 'displayName' => 'Someone']],
				$this->createMock(IUser::class), bansAlreadyChecked: true);
			$this->assertFalse($refused, 'added');
		} catch (TalkRequestRefusedException $e) {
			$this->assertTrue($refused, 'refused');
			$this->assertSame([403, 'new-participant', TalkRequestRefusedException::NO_GUESTS], [$e->status, $e->error, $e->reason]);
		}
	}

	public function testTheRefusalReachesTheClientAsTheMiddlewaresAnswer(): void {
		try {
			$this->participantService()->addUsers($this->room(), [['actorType' => Attendee::ACTOR_PHONES, 'actorId' => 'x']], null, bansAlreadyChecked: true);
			$this->fail('added');
		} catch (TalkRequestRefusedException $refusal) {
		}
		$l10n = $this->createMock(IFactory::class);
		$l10n->method('get')->willReturn(new FakeL10N());
		$middleware = new TalkRequestGuardMiddleware($this->request, $this->createMock(RegisteredRoomLookup::class), $l10n,
			$this->createMock(IUserSession::class), $this->createMock(ContainerInterface::class), $this->createMock(LoggerInterface::class));
		$controller = TalkObjects::controller($this, RoomController::class, $this->request, ['buildResponse']);
		$controller->method('buildResponse')->willReturnArgument(0);

		$response = $middleware->afterException($controller, 'addParticipantToRoom', $refusal);

		$this->assertInstanceOf(DataResponse::class, $response);
		$this->assertSame([403, ['error' => 'new-participant', 'message' => '[t] This safe meeting does not allow guests.']], [$response->getStatus(), $response->getData()]);
	}
}
