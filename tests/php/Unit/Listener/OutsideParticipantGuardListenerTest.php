<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Exception\TalkRequestRefusedException;
use OCA\SafeMeeting\Listener\OutsideParticipantGuardListener;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\RequestRoute;
use OCA\Talk\Events\BeforeAttendeesAddedEvent;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Room;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\DB\Exception as DBException;
use OCP\EventDispatcher\Event;
use OCP\IRequest;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

/**
 * The listener as Talk's ParticipantService::addUsers calls it, with the real lookup; only the database
 * row and the request are faked.
 */
class OutsideParticipantGuardListenerTest extends TestCase {
	private const REGISTERED = 'safe0001';
	private const OTHER = 'other001';

	private MeetingMapper&MockObject $mapper;
	private LoggerInterface&MockObject $logger;
	private string $uri = '/ocs/v2.php/apps/spreed/api/v4/room/safe0001/participants';
	private array $plan;
	private ?string $storedPlan = null;
	private ?\Exception $databaseFailure = null;
	private OutsideParticipantGuardListener $listener;

	protected function setUp(): void {
		$this->plan = Plans::named('accepted: no guests');
		$this->mapper = $this->createMock(MeetingMapper::class);
		$this->mapper->method('findByToken')->willReturnCallback(function (string $token): Meeting {
			if ($this->databaseFailure !== null) {
				throw $this->databaseFailure;
			}
			if ($token !== self::REGISTERED) {
				throw new DoesNotExistException('');
			}
			$meeting = new Meeting();
			$meeting->setPlan($this->storedPlan ?? json_encode($this->plan));
			return $meeting;
		});
		$request = $this->createMock(IRequest::class);
		RequestRoute::answer($request, fn (): string => $this->uri);
		$this->logger = $this->createMock(LoggerInterface::class);
		$this->listener = new OutsideParticipantGuardListener($request, new RegisteredRoomLookup($this->mapper, new ArrayCacheFactory(), $this->logger), $this->logger);
	}

	/** Talk adding attendees of these actor types to the room. */
	private function adding(array $actorTypes, string $token = self::REGISTERED): BeforeAttendeesAddedEvent {
		$room = $this->createMock(Room::class);
		$room->method('getToken')->willReturn($token);
		$attendees = array_map(static function (string $type): Attendee {
			$attendee = new Attendee();
			$attendee->setActorType($type);
			$attendee->setActorId('x');
			return $attendee;
		}, $actorTypes);
		return new BeforeAttendeesAddedEvent($room, $attendees);
	}

	/** [actor types added at once, refused from a meeting without guests] */
	public static function additions(): array {
		return [
			'an e-mail guest (Talk 24 adds them without making the room public)' => [[Attendee::ACTOR_EMAILS], true],
			'a phone number (SIP dial-out)' => [[Attendee::ACTOR_PHONES], true],
			'a user of another server' => [[Attendee::ACTOR_FEDERATED_USERS], true],
			'users, one of them from another server' => [[Attendee::ACTOR_USERS, Attendee::ACTOR_FEDERATED_USERS], true],
			'users of this server' => [[Attendee::ACTOR_USERS, Attendee::ACTOR_USERS], false],
			'a group' => [[Attendee::ACTOR_GROUPS], false],
			'a team' => [[Attendee::ACTOR_CIRCLES], false],
		];
	}

	/** @dataProvider additions */
	public function testPeopleWithoutAnAccountHereAreRefusedFromAMeetingWithoutGuests(array $types, bool $refused): void {
		try {
			$this->listener->handle($this->adding($types));
			$this->assertFalse($refused, 'not refused');
		} catch (TalkRequestRefusedException $e) {
			$this->assertTrue($refused, 'refused');
			$this->assertSame([403, 'new-participant', TalkRequestRefusedException::NO_GUESTS], [$e->status, $e->error, $e->reason]);
		}
	}

	/** @dataProvider additions */
	public function testEveryoneMayBeAddedWhereThePlanHasGuestsWithPassword(array $types): void {
		$this->plan = Plans::accepted();

		$this->listener->handle($this->adding($types));

		$this->addToAssertionCount(1);
	}

	public function testRoomsThatAreNotSafeMeetingsAreLeftAlone(): void {
		$this->listener->handle($this->adding([Attendee::ACTOR_EMAILS], self::OTHER));

		$this->addToAssertionCount(1);
	}

	public function testAddingUsersOfThisServerCostsNoLookup(): void {
		$this->mapper->expects($this->never())->method('findByToken');

		$this->listener->handle($this->adding([Attendee::ACTOR_USERS]));
		$this->listener->handle(new Event());
	}

	public function testOutsideTalksApiNothingIsRefusedButAWarningIsLogged(): void {
		$this->uri = ''; // occ talk:room:add, another app
		$this->logger->expects($this->once())->method('warning')->with($this->anything(), $this->callback(
			fn (array $c): bool => $c['token'] === self::REGISTERED && $c['actorTypes'] === [Attendee::ACTOR_PHONES],
		));

		$this->listener->handle($this->adding([Attendee::ACTOR_PHONES, Attendee::ACTOR_USERS, Attendee::ACTOR_PHONES]));
	}

	public function testADatabaseFailureLetsTalkGoOn(): void {
		$this->databaseFailure = new DBException('gone');
		$this->logger->expects($this->once())->method('error');

		$this->listener->handle($this->adding([Attendee::ACTOR_EMAILS]));
	}

	public function testAKnownSafeMeetingThatCannotBeCheckedRefusesWithTryAgainInsideTalksApi(): void {
		$this->storedPlan = '{damaged';

		try {
			$this->listener->handle($this->adding([Attendee::ACTOR_EMAILS]));
			$this->fail('not refused');
		} catch (TalkRequestRefusedException $e) {
			$this->assertSame([400, TalkRequestRefusedException::UNAVAILABLE], [$e->status, $e->reason]);
		}
	}

	public function testAKnownSafeMeetingThatCannotBeCheckedDoesNotBreakBackgroundPaths(): void {
		$this->storedPlan = '{damaged';
		$this->uri = '';
		$this->logger->expects($this->once())->method('error');

		$this->listener->handle($this->adding([Attendee::ACTOR_EMAILS]));
	}
}
