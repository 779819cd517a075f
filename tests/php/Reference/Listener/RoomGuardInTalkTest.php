<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Reference\Listener;

use OCA\SafeMeeting\Db\RecordingStarterMapper;
use OCA\SafeMeeting\Listener\RecordingStartedListener;
use OCA\SafeMeeting\Listener\RoomGuardListener;
use OCA\SafeMeeting\Policy\ModificationGuard;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Talk\TalkVeto;
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\ReferenceTestCase;
use OCA\SafeMeeting\Tests\Support\RegisteredMeetings;
use OCA\SafeMeeting\Tests\Support\RequestRoute;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\SafeMeeting\Tests\Support\TalkServiceHarness;
use OCA\Talk\Config;
use OCA\Talk\Controller\RoomController;
use OCA\Talk\Exceptions\RoomProperty\DescriptionException;
use OCA\Talk\Exceptions\RoomProperty\ListableException;
use OCA\Talk\Exceptions\RoomProperty\LobbyException;
use OCA\Talk\Exceptions\RoomProperty\MessageExpirationException;
use OCA\Talk\Exceptions\RoomProperty\PasswordException;
use OCA\Talk\Exceptions\RoomProperty\RecordingConsentException;
use OCA\Talk\Exceptions\RoomProperty\SipConfigurationException;
use OCA\Talk\Exceptions\RoomProperty\TypeException;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCA\Talk\Service\RecordingService;
use OCA\Talk\Service\RoomService;
use OCA\Talk\Webinary;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserManager;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * The room guard inside Talk 22's real RoomService and RoomController: registered by Application::register()
 * on a working event dispatcher, it must stop the write (no UPDATE, no Room setter) and its veto must come
 * out of Talk's controller as the 400 Talk answers for that property.
 */
class RoomGuardInTalkTest extends ReferenceTestCase {
	/** Digits only, no digit twice in a row: a token Talk allows dial-in for (Room::SIP_INCOMPATIBLE_REGEX). */
	private const REGISTERED = '13572468';
	private const TALK_API = '/ocs/v2.php/apps/spreed/api/v4/room/13572468';
	private const BEFORE_START = 1893452400;

	private TalkServiceHarness $talk;
	private RecordingStarterMapper $recordingStarters;
	private LoggerInterface $logger;
	private string $uri = self::TALK_API;
	private array $plan;

	protected function setUp(): void {
		$this->plan = Plans::accepted(); // guests with password, moderated lobby, chat 7 days, no dial-in, consent
		$mapper = RegisteredMeetings::mapper($this, self::REGISTERED, fn (): array => $this->plan);
		$request = $this->createMock(IRequest::class);
		RequestRoute::answer($request, fn (): string => $this->uri);
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(self::BEFORE_START);
		$this->logger = $this->createMock(LoggerInterface::class);
		$lookup = new RegisteredRoomLookup($mapper, new ArrayCacheFactory(), $this->logger);
		$listener = new RoomGuardListener($request, $lookup, new ModificationGuard(), new TalkVeto(new FakeL10N()), $this->createMock(ContainerInterface::class), $time, $this->logger);
		$this->recordingStarters = new RecordingStarterMapper(SqliteConnection::withAppSchema());
		$recordings = new RecordingStartedListener($lookup, $this->recordingStarters, $this->logger);

		$this->talk = new TalkServiceHarness($this, [RoomGuardListener::class => $listener, RecordingStartedListener::class => $recordings]);
		$this->talk->registerApp();
	}

	/** A room that matches the plan, as Talk holds it. */
	private function safeRoom(array $state = []): Room {
		return $this->talk->room($state + [
			'token' => self::REGISTERED,
			'type' => $this->plan['talk']['roomType'],
			'password' => '$2y$10$hash',
			'lobbyState' => Webinary::LOBBY_NON_MODERATORS,
			'messageExpiration' => $this->plan['talk']['messageExpiration'],
			'recordingConsent' => RecordingService::CONSENT_REQUIRED_YES,
			'description' => $this->plan['description'],
		]);
	}

	/** Talk's configuration as on a server where SIP and recording are set up, and alice exists. */
	private function configured(): array {
		$config = $this->createMock(Config::class);
		$config->method('canUserEnableSIP')->willReturn(true);
		$config->method('isSIPConfigured')->willReturn(true);
		$config->method('isRecordingEnabled')->willReturn(true);
		$users = $this->createMock(IUserManager::class);
		$users->method('get')->with('alice')->willReturn($this->createMock(IUser::class));
		return ['talkConfig' => $config, 'userManager' => $users];
	}

	/**
	 * Per guarded property: the service call a moderator's request makes, the same change through
	 * Talk's controller, the exception Talk's controller catches, and its 400 answer.
	 */
	public static function weakeningChanges(): array {
		$notice = "Quarterly figures";
		return [
			'password removed' => [
				static fn (RoomService $s, Room $r) => $s->setPassword($r, ''),
				static fn (RoomController $c) => $c->setPassword(''),
				PasswordException::class, ['error' => 'value', 'message' => '[t] This safe meeting must keep its password.'], [],
			],
			'listed for all users' => [
				static fn (RoomService $s, Room $r) => $s->setListable($r, Room::LISTABLE_USERS),
				static fn (RoomController $c) => $c->setListable(Room::LISTABLE_USERS),
				ListableException::class, ['error' => 'value'], [],
			],
			'lobby switched off' => [
				static fn (RoomService $s, Room $r) => $s->setLobby($r, Webinary::LOBBY_NONE, null),
				static fn (RoomController $c) => $c->setLobby(Webinary::LOBBY_NONE),
				LobbyException::class, ['error' => 'value'], [],
			],
			'chat expiry removed' => [
				static fn (RoomService $s, Room $r) => $s->setMessageExpiration($r, 0),
				static fn (RoomController $c) => $c->setMessageExpiration(0),
				MessageExpirationException::class, ['error' => 'value'], [],
			],
			'dial-in switched on' => [
				static fn (RoomService $s, Room $r) => $s->setSIPEnabled($r, Webinary::SIP_ENABLED),
				static fn (RoomController $c) => $c->setSIPEnabled(Webinary::SIP_ENABLED),
				SipConfigurationException::class, ['error' => 'value'], [],
			],
			'recording consent dropped' => [
				static fn (RoomService $s, Room $r) => $s->setRecordingConsent($r, RecordingService::CONSENT_REQUIRED_NO),
				static fn (RoomController $c) => $c->setRecordingConsent(RecordingService::CONSENT_REQUIRED_NO),
				RecordingConsentException::class, ['error' => 'value'], [],
			],
			'privacy notice removed from the description' => [
				static fn (RoomService $s, Room $r) => $s->setDescription($r, $notice),
				static fn (RoomController $c) => $c->setDescription($notice),
				DescriptionException::class, ['error' => 'value'], [],
			],
			'a meeting without guests made public' => [
				static fn (RoomService $s, Room $r) => $s->setType($r, Room::TYPE_PUBLIC),
				static fn (RoomController $c) => $c->makePublic(),
				TypeException::class, ['error' => 'value'], ['plan' => 'accepted: no guests', 'password' => ''],
			],
			'a meeting without guests made public with a password' => [
				static fn (RoomService $s, Room $r) => $s->makePublicWithPassword($r, 'a-long-enough-password'),
				static fn (RoomController $c) => $c->makePublic('a-long-enough-password'),
				TypeException::class, ['error' => 'value'], ['plan' => 'accepted: no guests', 'password' => ''],
			],
		];
	}

	/** @dataProvider weakeningChanges */
	public function testTheVetoStopsTalksWriteWithTalksOwnException(\Closure $change, \Closure $request, string $exception, array $answer, array $setup): void {
		$room = $this->roomFor($setup);

		try {
			$change($this->talk->roomService(), $room);
			$this->fail('the change went through');
		} catch (\Exception $e) {
			$this->assertInstanceOf($exception, $e);
			$this->assertSame('value', $e->getReason());
		}

		$this->assertSame([], $this->talk->writes, 'no UPDATE of talk_rooms');
		$this->assertSame([], $this->talk->roomWrites, 'the room object is unchanged');
	}

	/** @dataProvider weakeningChanges */
	public function testTalksControllerAnswersTheVetoWith400(\Closure $change, \Closure $request, string $exception, array $answer, array $setup): void {
		$room = $this->roomFor($setup);
		$this->talk->db->expects($this->never())->method('getQueryBuilder');

		$response = $request($this->talk->roomController($room, null, $this->configured()));

		$this->assertInstanceOf(DataResponse::class, $response);
		$this->assertSame(400, $response->getStatus());
		$this->assertSame($answer, $response->getData());
		$this->assertSame([], $this->talk->roomWrites);
	}

	/** Request URIs that Nextcloud routes to Talk's API although they are written differently. */
	public static function rewrittenUris(): array {
		$cases = [];
		foreach (self::weakeningChanges() as $name => $case) {
			foreach ([
				'repeated slash' => '/ocs/v2.php//apps/spreed/api/v4/room/13572468',
				'escaped app name' => '/ocs/v2.php/apps/%73preed/api/v4/room/13572468',
			] as $how => $uri) {
				$cases["$name, $how"] = [$uri, ...$case];
			}
		}
		return $cases;
	}

	/** @dataProvider rewrittenUris */
	public function testAUriWrittenDifferentlyIsStillTalksApiAndRefused(string $uri, \Closure $change, \Closure $request, string $exception, array $answer, array $setup): void {
		$this->uri = $uri;
		$room = $this->roomFor($setup);

		$response = $request($this->talk->roomController($room, null, $this->configured()));

		$this->assertSame([400, $answer], [$response->getStatus(), $response->getData()]);
		$this->assertSame([], $this->talk->writes);
	}

	private function roomFor(array $setup): Room {
		if (isset($setup['plan'])) {
			$this->plan = Plans::named($setup['plan']);
			unset($setup['plan']);
		}
		return $this->safeRoom($setup);
	}

	public function testAChangeThatKeepsThePlanIsWritten(): void {
		$room = $this->safeRoom();

		$this->talk->roomService()->setMessageExpiration($room, 3600);

		$this->assertSame(['UPDATE talk_rooms SET message_expiration'], $this->talk->writes);
		$this->assertSame(3600, $room->getMessageExpiration());
	}

	public function testRoomsThatAreNotSafeMeetingsAreNotGuarded(): void {
		$room = $this->talk->room(['token' => 'other001', 'lobbyState' => Webinary::LOBBY_NON_MODERATORS]);

		$this->talk->roomService()->setListable($room, Room::LISTABLE_ALL);
		$this->talk->roomService()->setLobby($room, Webinary::LOBBY_NONE, null);

		$this->assertSame(['UPDATE talk_rooms SET listable', 'UPDATE talk_rooms SET lobby_state SET lobby_timer'], $this->talk->writes);
		$this->assertSame(['setListable', 'setLobbyState', 'setLobbyTimer'], $this->talk->roomWrites);
	}

	public function testABackgroundJobsChangeIsWrittenAndLogged(): void {
		$this->uri = ''; // occ or cron: no request to Talk's API
		$room = $this->safeRoom();
		$this->logger->expects($this->once())->method('warning')
			->with($this->stringContains('no longer matches its plan'), $this->callback(static fn (array $c): bool => $c['property'] === 'listable'));

		$this->talk->roomService()->setListable($room, Room::LISTABLE_ALL);

		$this->assertSame(['UPDATE talk_rooms SET listable'], $this->talk->writes);
	}

	public function testTheLobbyIsGuardedThroughItsOwnEventClass(): void {
		$this->assertTrue($this->talk->dispatcher->hasListeners(\OCA\Talk\Events\BeforeLobbyModifiedEvent::class));
		$this->assertTrue($this->talk->dispatcher->hasListeners(\OCA\Talk\Events\BeforeRoomModifiedEvent::class));
		$this->assertFalse(is_subclass_of(\OCA\Talk\Events\BeforeLobbyModifiedEvent::class, \OCA\Talk\Events\BeforeRoomModifiedEvent::class));
	}

	/** Talk's RoomService reports the recording server's confirmation with the starter as actor. */
	public function testTheUserWhoseRecordingTalkStartedIsNoted(): void {
		$room = $this->safeRoom();
		$starter = TalkObjects::participant($room, Participant::MODERATOR);
		$starter->getAttendee()->setActorType(Attendee::ACTOR_USERS);
		$starter->getAttendee()->setActorId('carol');

		$roomService = $this->talk->build(RoomService::class, ['config' => $this->configured()['talkConfig'], 'dispatcher' => $this->talk->dispatcher, 'db' => $this->talk->db]);
		$roomService->setCallRecording($room, Room::RECORDING_VIDEO, $starter);

		$this->assertSame([self::REGISTERED => ['carol']], $this->recordingStarters->findByTokens([self::REGISTERED]));
	}
}
