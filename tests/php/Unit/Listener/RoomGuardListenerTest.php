<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Exception\RegistryUnavailableException;
use OCA\SafeMeeting\Exception\TalkRequestRefusedException;
use OCA\SafeMeeting\Listener\RoomGuardListener;
use OCA\SafeMeeting\Policy\ModificationGuard;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Talk\TalkServerSettings;
use OCA\SafeMeeting\Talk\TalkVeto;
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\RequestRoute;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\Talk\Config;
use OCA\Talk\Events\ARoomEvent;
use OCA\Talk\Events\ARoomModifiedEvent;
use OCA\Talk\Events\BeforeLobbyModifiedEvent;
use OCA\Talk\Events\BeforeParticipantModifiedEvent;
use OCA\Talk\Events\BeforeRoomModifiedEvent;
use OCA\Talk\Exceptions\ParticipantProperty\PermissionsException;
use OCA\Talk\Exceptions\RoomProperty\BreakoutRoomModeException;
use OCA\Talk\Exceptions\RoomProperty\DefaultPermissionsException;
use OCA\Talk\Exceptions\RoomProperty\DescriptionException;
use OCA\Talk\Exceptions\RoomProperty\ListableException;
use OCA\Talk\Exceptions\RoomProperty\LobbyException;
use OCA\Talk\Exceptions\RoomProperty\MessageExpirationException;
use OCA\Talk\Exceptions\RoomProperty\PasswordException;
use OCA\Talk\Exceptions\RoomProperty\RecordingConsentException;
use OCA\Talk\Exceptions\RoomProperty\SipConfigurationException;
use OCA\Talk\Exceptions\RoomProperty\TypeException;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\QueryException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\DB\Exception as DBException;
use OCP\EventDispatcher\Event;
use OCP\IRequest;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * The guard as Talk would call it: real adapter, lookup, rules and veto; only the database row,
 * the request and the clock are faked.
 */
class RoomGuardListenerTest extends TestCase {
	private const REGISTERED = 'safe0001';
	private const OTHER = 'other001';
	private const TALK_API = '/ocs/v2.php/apps/spreed/api/v4/room/safe0001';
	private const BEFORE_START = 1893452400;

	private MeetingMapper&MockObject $mapper;
	private IRequest&MockObject $request;
	private LoggerInterface&MockObject $logger;
	private string $uri = self::TALK_API;
	private int $now = self::BEFORE_START;
	private array $plan;
	/** The plan's JSON as stored, when a test damages it. */
	private ?string $storedPlan = null;
	private ?\Exception $databaseFailure = null;
	/** The server's `default_permissions` as Talk's Config reports it. */
	private int $serverPermissions = 246;
	private ContainerInterface&MockObject $container;
	private RoomGuardListener $listener;

	protected function setUp(): void {
		$this->plan = Plans::accepted(); // guests with password, moderated lobby, chat 7 days, no dial-in
		$this->mapper = $this->createMock(MeetingMapper::class);
		$this->mapper->method('findByToken')->willReturnCallback(function (string $token): Meeting {
			if ($this->databaseFailure !== null) {
				throw $this->databaseFailure;
			}
			if ($token !== self::REGISTERED) {
				throw new DoesNotExistException('');
			}
			$meeting = new Meeting();
			$meeting->setToken($token);
			$meeting->setPlan($this->storedPlan ?? json_encode($this->plan));
			return $meeting;
		});
		$this->request = $this->createMock(IRequest::class);
		RequestRoute::answer($this->request, fn (): string => $this->uri);
		$this->logger = $this->createMock(LoggerInterface::class);
		$config = $this->createMock(Config::class);
		$config->method('getDefaultPermissions')->willReturnCallback(fn (): int => $this->serverPermissions);
		$this->container = $this->createMock(ContainerInterface::class);
		$this->container->method('get')->with(TalkServerSettings::class)->willReturn(new TalkServerSettings($config, new InMemoryAppConfig()));
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturnCallback(fn (): int => $this->now);

		$this->listener = new RoomGuardListener(
			$this->request,
			new RegisteredRoomLookup($this->mapper, new ArrayCacheFactory(), $this->logger),
			new ModificationGuard(),
			new TalkVeto(new FakeL10N()),
			$this->container,
			$time,
			$this->logger,
		);
	}

	private function change(string $property, string|int|null $new, string|int|null $old = null, string $token = self::REGISTERED): BeforeRoomModifiedEvent {
		return new BeforeRoomModifiedEvent(TalkObjects::room($this, ['token' => $token]), $property, $new, $old);
	}

	private function lobby(int $new, int $old, ?int $timer = null, bool $timerReached = false): BeforeLobbyModifiedEvent {
		return new BeforeLobbyModifiedEvent(TalkObjects::room($this, ['token' => self::REGISTERED]), $new, $old, $timer === null ? null : new \DateTime('@' . $timer), $timerReached);
	}

	/**
	 * Built inside the test: Talk's Room can only be mocked there.
	 *
	 * @param array{0: 'change'|'lobby'} $spec the builder's name and its arguments
	 */
	private function event(array $spec): Event {
		return $this->{array_shift($spec)}(...$spec);
	}

	public static function weakeningChanges(): array {
		return [
			'password removed' => [['change', 'password', ''], PasswordException::class],
			'listed' => [['change', 'listable', 1, 0], ListableException::class],
			'lobby switched off' => [['lobby', 0, 1], LobbyException::class],
			'lobby timer on a moderated plan' => [['lobby', 1, 1, 1893459600], LobbyException::class],
			'chat never expires' => [['change', 'messageExpiration', 0, 604800], MessageExpirationException::class],
			'dial-in on' => [['change', 'sipEnabled', 1, 0], SipConfigurationException::class],
			'recording consent off' => [['change', 'recordingConsent', 0, 1], RecordingConsentException::class],
			'privacy notice removed' => [['change', 'description', 'Agenda only', 'x'], DescriptionException::class],
		];
	}

	/** @dataProvider weakeningChanges */
	public function testRefusesAWeakeningChangeThroughTalksApiWithTalksOwnException(array $spec, string $exception): void {
		$event = $this->event($spec);
		$this->logger->expects($this->never())->method('warning');

		try {
			$this->listener->handle($event);
			$this->fail('not refused');
		} catch (\InvalidArgumentException $e) {
			$this->assertSame($exception, $e::class);
			$this->assertSame('value', $e->getReason());
		}
	}

	public function testRefusesMakingANoGuestsMeetingPublic(): void {
		$this->plan = Plans::named('accepted: no guests');

		$this->expectException(TypeException::class);

		$this->listener->handle($this->change('type', 3, 2));
	}

	/** @dataProvider weakeningChanges */
	public function testTheSameChangeToARoomThatIsNotASafeMeetingPasses(array $spec): void {
		$event = $this->event($spec);
		$other = $event instanceof BeforeLobbyModifiedEvent
			? new BeforeLobbyModifiedEvent(TalkObjects::room($this, ['token' => self::OTHER]), $event->getNewValue(), $event->getOldValue(), $event->getLobbyTimer(), false)
			: $this->change($event->getProperty(), $event->getNewValue(), $event->getOldValue(), self::OTHER);
		$this->logger->expects($this->never())->method('warning');

		$this->listener->handle($other);

		$this->addToAssertionCount(1); // nothing thrown
	}

	public function testRoomsThatAreNotSafeMeetingsCostOneQueryPerRequest(): void {
		$this->mapper->expects($this->once())->method('findByToken')->with(self::OTHER);

		$this->listener->handle($this->change('password', '', null, self::OTHER));
		$this->listener->handle($this->change('listable', 2, 0, self::OTHER));
	}

	public function testChangesOfUnguardedPropertiesAreNotLookedUp(): void {
		$this->mapper->expects($this->never())->method('findByToken');

		$this->listener->handle($this->change(ARoomModifiedEvent::PROPERTY_IN_CALL, 1, 0));
		$this->listener->handle($this->change(ARoomModifiedEvent::PROPERTY_NAME, '', 'Board meeting'));
		$this->listener->handle(new class(TalkObjects::room($this, ['token' => self::REGISTERED])) extends ARoomEvent {
		});
	}

	public function testAChangeThatKeepsThePlanPasses(): void {
		$this->logger->expects($this->never())->method('warning');

		$this->listener->handle($this->change('messageExpiration', 3600, 604800));
		$this->listener->handle($this->change('password', 'a new long password'));
		$this->listener->handle($this->lobby(1, 1));

		$this->addToAssertionCount(1);
	}

	/** @dataProvider weakeningChanges */
	public function testOutsideTalksApiNothingIsRefusedButAWarningIsLogged(array $spec): void {
		$event = $this->event($spec);
		$this->uri = ''; // occ, cron
		$this->logger->expects($this->once())->method('warning')->with(
			$this->anything(),
			$this->callback(fn (array $context): bool => $context['token'] === self::REGISTERED && $context['property'] === $event->getProperty() && $context['finding'] !== ''),
		);

		$this->listener->handle($event);
	}

	public function testTheLobbyTimerNeverThrowsEvenInsideATalkRequestOnAModeratedPlan(): void {
		$this->logger->expects($this->once())->method('warning');

		$this->listener->handle($this->lobby(0, 1, null, true));
	}

	public function testTheLobbyTimerOpensAnUntilStartMeetingQuietly(): void {
		$this->plan = Plans::named('accepted: lobby until start');
		$this->now = $this->plan['start'] + 5; // Talk expires the timer lazily, on the first read after it
		$this->logger->expects($this->never())->method('warning');

		$this->listener->handle($this->lobby(0, 1, null, true));
	}

	public function testAnUntilStartLobbyTimerBeforeTheStartIsRefused(): void {
		$this->plan = Plans::named('accepted: lobby until start');

		$this->expectException(LobbyException::class);

		$this->listener->handle($this->lobby(1, 1, $this->plan['start'] - 600));
	}

	public function testOtherEventsAreIgnored(): void {
		$this->mapper->expects($this->never())->method('findByToken');

		$this->listener->handle(new Event());
	}

	// --- A lookup or the guard fails: Talk is never broken, a known safe meeting fails closed ---

	public function testADatabaseFailureLetsTheChangeThroughAndIsLogged(): void {
		$this->databaseFailure = new DBException('connection lost');
		$this->logger->expects($this->once())->method('error')->with($this->anything(), $this->callback(
			fn (array $context): bool => $context['token'] === self::REGISTERED && $context['property'] === 'password' && $context['exception'] instanceof RegistryUnavailableException,
		));

		$this->listener->handle(self::change('password', ''));
	}

	public static function damagedPlans(): array {
		return [
			'unreadable JSON' => ['{damaged'],
			'a plan the guard cannot read' => ['{"talk":"x","settings":"y"}'],
		];
	}

	/** @dataProvider damagedPlans */
	public function testAParticipantsChangeOfAKnownSafeMeetingThatCannotBeCheckedIsRefusedWithTryAgain(string $stored): void {
		$this->storedPlan = $stored;
		$this->logger->expects($this->once())->method('error');

		try {
			$this->listener->handle(self::change('messageExpiration', 0, 604800));
			$this->fail('not refused');
		} catch (TalkRequestRefusedException $e) {
			$this->assertSame([400, 'value', TalkRequestRefusedException::UNAVAILABLE], [$e->status, $e->error, $e->reason]);
		}
	}

	/** @dataProvider damagedPlans */
	public function testBackgroundPathsGoOnWhenAKnownSafeMeetingCannotBeChecked(string $stored): void {
		$this->storedPlan = $stored;
		$this->uri = '';
		$this->logger->expects($this->once())->method('error');

		$this->listener->handle(self::change('messageExpiration', 0, 604800));
	}

	public function testTheLazyLobbyTimerGoesOnWhenAKnownSafeMeetingCannotBeChecked(): void {
		$this->storedPlan = '{damaged';
		$this->logger->expects($this->once())->method('error');

		$this->listener->handle(self::lobby(0, 1, null, true));
	}

	// --- Lobby bypass through permissions, breakout rooms ---

	private function talkRoom(string $token = self::REGISTERED): Room&MockObject {
		$room = $this->createMock(Room::class);
		$room->method('getToken')->willReturn($token);
		return $room;
	}

	private function attendeeChange(int $new, int $old, string $property = 'permissions', string $token = self::REGISTERED): BeforeParticipantModifiedEvent {
		$room = $this->talkRoom($token);
		return new BeforeParticipantModifiedEvent($room, $this->createMock(Participant::class), $property, $new, $old);
	}

	/** [new default, server default_permissions, refused?] — masks of Talk 22 (≤ 255) and Talk 24 (≤ 511). */
	public static function defaultPermissionChanges(): array {
		return [
			'everything but the lobby (Talk 22 default)' => [246 | 1, 246, false],
			'everything (max-default 254)' => [254 | 1, 246, true],
			'only ignoring the lobby' => [8 | 1, 246, true],
			'chat only' => [128 | 1, 246, false],
			'back to the server default, which keeps the lobby' => [0, 246, false],
			'back to the server default, which ignores the lobby' => [0, 254, true],
			'Talk 24: everything but the lobby (502)' => [502 | 1, 502, false],
			'Talk 24: everything (max-default 510)' => [510 | 1, 502, true],
			'Talk 24: react and ignore the lobby' => [256 | 8 | 1, 502, true],
			'Talk 24: react only' => [256 | 1, 502, false],
			'Talk 24: max-custom 511' => [511, 502, true],
		];
	}

	/** @dataProvider defaultPermissionChanges */
	public function testDefaultPermissionsThatLetParticipantsSkipTheLobbyAreRefused(int $new, int $serverDefault, bool $refused): void {
		$this->serverPermissions = $serverDefault;
		$event = new BeforeRoomModifiedEvent($this->talkRoom(), 'defaultPermissions', $new, 246 | 1);

		try {
			$this->listener->handle($event);
			$this->assertFalse($refused, 'not refused');
		} catch (DefaultPermissionsException $e) {
			$this->assertTrue($refused, 'refused');
			$this->assertSame('value', $e->getReason());
		}
	}

	public function testTheServerDefaultIsReadOnlyWhenTheRoomFallsBackToIt(): void {
		$this->container->expects($this->never())->method('get');

		$this->listener->handle(new BeforeRoomModifiedEvent($this->talkRoom(), 'defaultPermissions', 246 | 1, 0));
		$this->listener->handle(new BeforeRoomModifiedEvent($this->talkRoom(self::OTHER), 'defaultPermissions', 0, 246 | 1));
	}

	public function testDefaultPermissionsOfARoomThatIsNotASafeMeetingPass(): void {
		$this->listener->handle(new BeforeRoomModifiedEvent($this->talkRoom(self::OTHER), 'defaultPermissions', 254 | 1, 0));

		$this->addToAssertionCount(1);
	}

	public function testWhenTalksSettingsCannotBeLoadedAParticipantsChangeToTheServerDefaultIsRefusedWithTryAgain(): void {
		$container = $this->createMock(ContainerInterface::class);
		$container->method('get')->willThrowException(new QueryException('no Talk'));
		$listener = new RoomGuardListener($this->request, new RegisteredRoomLookup($this->mapper, new ArrayCacheFactory(), $this->logger),
			new ModificationGuard(), new TalkVeto(new FakeL10N()), $container, $this->createMock(ITimeFactory::class), $this->logger);

		$this->expectException(TalkRequestRefusedException::class);

		$listener->handle(new BeforeRoomModifiedEvent($this->talkRoom(), 'defaultPermissions', 0, 246 | 1));
	}

	/** [method as Talk resolves it: new mask, old effective mask, refused?] */
	public static function attendeePermissionChanges(): array {
		return [
			'add "ignore the lobby"' => [246 | 8 | 1, 246, true],
			'set only "ignore the lobby"' => [8 | 1, 246, true],
			'Talk 24: set react and "ignore the lobby"' => [256 | 8 | 1, 502, true],
			'remove chat' => [118 | 1, 246, false],
			'reset to the default' => [0, 246 | 1, false],
			'remove chat from someone who already skips the lobby' => [126 | 1, 254, false],
			'remove "ignore the lobby"' => [246 | 1, 254 | 1, false],
		];
	}

	/** @dataProvider attendeePermissionChanges */
	public function testGrantingAnAttendeeTheRightToSkipTheLobbyIsRefused(int $new, int $old, bool $refused): void {
		try {
			$this->listener->handle($this->attendeeChange($new, $old));
			$this->assertFalse($refused, 'not refused');
		} catch (PermissionsException $e) {
			$this->assertTrue($refused, 'refused');
			$this->assertSame('value', $e->getReason());
		}
	}

	public function testOtherParticipantChangesAreNotLookedUp(): void {
		$this->mapper->expects($this->never())->method('findByToken');

		$this->listener->handle($this->attendeeChange(1, 0, 'inCall'));
		$this->listener->handle($this->attendeeChange(2, 3, 'type'));
	}

	public function testAnAttendeeGrantOutsideTalksApiIsOnlyLogged(): void {
		$this->uri = '/ocs/v2.php/apps/safe_meeting/api/v1/meetings'; // e.g. our own lock, through Talk's PHP services
		$this->logger->expects($this->once())->method('warning')->with($this->anything(), $this->callback(fn (array $c): bool => $c['finding'] === 'lobby-bypass'));

		$this->listener->handle($this->attendeeChange(254 | 1, 246));
	}

	public static function breakoutModes(): array {
		return [
			'automatic' => [1, true],
			'manual' => [2, true],
			'free' => [3, true],
			'removed' => [0, false],
		];
	}

	/** @dataProvider breakoutModes */
	public function testConfiguringBreakoutRoomsForASafeMeetingIsRefused(int $mode, bool $refused): void {
		try {
			$this->listener->handle(new BeforeRoomModifiedEvent($this->talkRoom(), 'breakoutRoomMode', $mode, 0));
			$this->assertFalse($refused, 'not refused');
		} catch (BreakoutRoomModeException $e) {
			$this->assertTrue($refused, 'refused');
			$this->assertSame('value', $e->getReason());
		}
	}

	public function testBreakoutRoomsOfOtherRoomsAreNotTouched(): void {
		$this->listener->handle(new BeforeRoomModifiedEvent($this->talkRoom(self::OTHER), 'breakoutRoomMode', 1, 0));

		$this->addToAssertionCount(1);
	}
}
