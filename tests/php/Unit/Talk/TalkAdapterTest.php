<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Talk;

use OCA\SafeMeeting\Policy\Modification;
use OCA\SafeMeeting\Talk\GuardedTalkRequest;
use OCA\SafeMeeting\Talk\RoomState;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Talk\TalkServerSettings;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\RequestRoute;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\Talk\Config;
use OCA\Talk\Controller\BotController;
use OCA\Talk\Controller\ChatController;
use OCA\Talk\Controller\MatterbridgeController;
use OCA\Talk\Controller\RecordingController;
use OCA\Talk\Controller\RoomController;
use OCA\Talk\Events\AParticipantModifiedEvent;
use OCA\Talk\Events\ARoomModifiedEvent;
use OCA\Talk\Events\BeforeLobbyModifiedEvent;
use OCA\Talk\Events\BeforeParticipantModifiedEvent;
use OCA\Talk\Events\BeforeRoomDeletedEvent;
use OCA\Talk\Events\BeforeRoomModifiedEvent;
use OCA\Talk\Events\RoomDeletedEvent;
use OCA\Talk\Events\RoomModifiedEvent;
use OCA\Talk\Exceptions\ParticipantNotFoundException;
use OCA\Talk\Exceptions\RoomNotFoundException;
use OCA\Talk\Manager;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Model\BotServer;
use OCA\Talk\Model\BotServerMapper;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\IRequest;
use OCP\Security\IHasher;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

class TalkAdapterTest extends TestCase {
	private Manager&MockObject $manager;
	private ParticipantService&MockObject $participantService;
	private IRequest&MockObject $request;
	private Config&MockObject $config;
	private BotServerMapper&MockObject $botServers;
	private InMemoryAppConfig $appConfig;
	/** Talk's Config::recordingConsentRequired(): 2 = each room decides. */
	private int $serverConsent = 2;
	/** Talk's Config::getDefaultPermissions(). */
	private int $serverPermissions = 246;
	private TalkAdapter $adapter;

	protected function setUp(): void {
		$this->manager = $this->createMock(Manager::class);
		$this->participantService = $this->createMock(ParticipantService::class);
		$this->request = $this->createMock(IRequest::class);
		$this->config = $this->createMock(Config::class);
		$this->config->method('recordingConsentRequired')->willReturnCallback(fn (): int => $this->serverConsent);
		$this->config->method('getDefaultPermissions')->willReturnCallback(fn (): int => $this->serverPermissions);
		$this->botServers = $this->createMock(BotServerMapper::class);
		$this->appConfig = new InMemoryAppConfig();
		$hasher = $this->createMock(IHasher::class);
		$hasher->method('verify')->willReturnCallback(static fn (string $password, string $hash): bool => $hash === 'hash:' . $password);
		$this->adapter = new TalkAdapter($this->manager, $this->participantService, new TalkServerSettings($this->config, $this->appConfig), $this->botServers, $hasher);
	}

	private function room(array $state = []): Room {
		return TalkObjects::room($this, $state + [
			'token' => 'abcd1234',
			'type' => Room::TYPE_PUBLIC,
			'password' => 'hash:correct horse battery',
			'listable' => 1,
			'lobbyState' => 1,
			'lobbyTimer' => new \DateTime('@1893456000'),
			'messageExpiration' => 3600,
			'sipEnabled' => 2,
			'callRecording' => 5,
			'description' => 'Agenda',
			'recordingConsent' => 1,
		]);
	}

	public function testReportsTheRoomStateAndThatTheOwnerModeratesIt(): void {
		$room = $this->room();
		$this->manager->expects($this->once())->method('getRoomForUserByToken')->with('abcd1234', 'alice')->willReturn($room);
		$this->participantService->expects($this->once())->method('getParticipant')->with($room, 'alice', false)
			->willReturn(TalkObjects::participant($room, Participant::OWNER));

		$state = $this->adapter->getRoomState('abcd1234', 'alice');

		$this->assertNotNull($state);
		$this->assertTrue($state->moderatedByUser);
		$this->assertSame([
			'type' => 3,
			'hasPassword' => true,
			'listable' => 1,
			'lobbyState' => 1,
			'lobbyTimer' => 1893456000,
			'messageExpiration' => 3600,
			'sipEnabled' => 2,
			'callRecording' => 5,
			'recordingConsent' => 1,
			'description' => 'Agenda',
		], $state->toCheckable());
	}

	public function testTellsWhetherAPasswordIsTheRoomsGuestPasswordByItsHash(): void {
		$room = $this->room();
		$this->manager->method('getRoomForUserByToken')->willReturn($room);
		$this->participantService->method('getParticipant')->willReturn(TalkObjects::participant($room, Participant::OWNER));

		$this->assertTrue($this->adapter->getRoomState('abcd1234', 'alice', 'correct horse battery')?->passwordMatches);
		$this->assertFalse($this->adapter->getRoomState('abcd1234', 'alice', 'x')?->passwordMatches);
		$this->assertFalse($this->adapter->getRoomState('abcd1234', 'alice')?->passwordMatches);
	}

	public function testNoLobbyTimerIsZero(): void {
		$room = $this->room(['lobbyTimer' => null, 'password' => '']);
		$this->manager->method('getRoomForUserByToken')->willReturn($room);
		$this->participantService->method('getParticipant')->willReturn(TalkObjects::participant($room, Participant::MODERATOR));

		$state = $this->adapter->getRoomState('abcd1234', 'alice');

		$this->assertSame(0, $state?->lobbyTimer);
		$this->assertFalse($state?->hasPassword);
		$this->assertTrue($state?->moderatedByUser);
	}

	public function moderationCases(): array {
		return [
			'owner' => [Participant::OWNER, true],
			'moderator' => [Participant::MODERATOR, true],
			'user' => [Participant::USER, false],
			'self-joined user' => [Participant::USER_SELF_JOINED, false],
			'guest moderator does not count for a logged-in caller' => [Participant::GUEST_MODERATOR, false],
		];
	}

	/** @dataProvider moderationCases */
	public function testOnlyOwnersAndModeratorsModerate(int $participantType, bool $moderates): void {
		$room = $this->room();
		$this->manager->method('getRoomForUserByToken')->willReturn($room);
		$this->participantService->method('getParticipant')->willReturn(TalkObjects::participant($room, $participantType));

		$this->assertSame($moderates, $this->adapter->getRoomState('abcd1234', 'alice')?->moderatedByUser);
	}

	public function testAMissingRoomIsNull(): void {
		$this->manager->method('getRoomForUserByToken')->willThrowException(new RoomNotFoundException());
		$this->participantService->expects($this->never())->method('getParticipant');

		$this->assertNull($this->adapter->getRoomState('abcd1234', 'alice'));
	}

	/** Talk returns public rooms to non-attendees too; for them the room is as unknown as a missing one. */
	public function testAPublicRoomTheUserIsNoParticipantOfIsNull(): void {
		$this->manager->method('getRoomForUserByToken')->willReturn($this->room());
		$this->participantService->method('getParticipant')->willThrowException(new ParticipantNotFoundException());

		$this->assertNull($this->adapter->getRoomState('abcd1234', 'mallory'));
	}

	public function testReadsTheOverviewOfManyRoomsWithOneRoomQuery(): void {
		$first = $this->room(['activeSince' => null]);
		$second = $this->room(['token' => 'wxyz9876', 'type' => Room::TYPE_GROUP, 'activeSince' => new \DateTime('@1893456000')]);
		$this->manager->expects($this->once())->method('getRoomsForActor')
			->with('users', 'alice', [], false, ['abcd1234', 'wxyz9876', 'gone0000'])
			->willReturn([$first, $second]);
		$this->participantService->method('getParticipant')->willReturnCallback(static fn (Room $room) => TalkObjects::participant($room, Participant::OWNER));
		$this->participantService->method('getNumberOfActors')->willReturnCallback(static fn (Room $room): int => $room === $first ? 5 : 2);

		$overviews = $this->adapter->getRoomOverviews(['abcd1234', 'wxyz9876', 'gone0000'], 'alice');

		$this->assertSame(['abcd1234', 'wxyz9876'], array_keys($overviews));
		$this->assertSame([5, false, 3], [$overviews['abcd1234']->participants, $overviews['abcd1234']->callActive, $overviews['abcd1234']->state->type]);
		$this->assertSame([2, true, 2], [$overviews['wxyz9876']->participants, $overviews['wxyz9876']->callActive, $overviews['wxyz9876']->state->type]);
	}

	public function testNoTokensAskTalkNothing(): void {
		$this->manager->expects($this->never())->method('getRoomsForActor');

		$this->assertSame([], $this->adapter->getRoomOverviews([], 'alice'));
	}

	public function testARoomExistsWhenTalkFindsItByToken(): void {
		$this->manager->method('getRoomByToken')->willReturnCallback(fn (string $token): Room => $token === 'abcd1234' ? $this->room() : throw new RoomNotFoundException());

		$this->assertTrue($this->adapter->roomExists('abcd1234'));
		$this->assertFalse($this->adapter->roomExists('gone0000'));
	}

	public function testAnUnguardedPropertyIsNotReadAtAll(): void {
		$this->request->expects($this->never())->method('getPathInfo');

		$this->assertNull(TalkAdapter::readModification(new BeforeRoomModifiedEvent($this->room(), ARoomModifiedEvent::PROPERTY_IN_CALL, 1, 0), $this->request));
	}

	public function testReadsARoomChangeAsPlainValues(): void {
		RequestRoute::answer($this->request, static fn (): string => '/ocs/v2.php/apps/spreed/api/v4/room/abcd1234/message-expiration');

		$change = TalkAdapter::readModification(new BeforeRoomModifiedEvent($this->room(), ARoomModifiedEvent::PROPERTY_MESSAGE_EXPIRATION, 0, 3600), $this->request);

		$this->assertEquals(new Modification('abcd1234', 'messageExpiration', 0, 3600, null, false, true), $change);
	}

	public function testReadsTheLobbyTimerAndWhetherItWasReached(): void {
		RequestRoute::answer($this->request, static fn (): string => '/index.php/apps/spreed/');

		$change = TalkAdapter::readModification(new BeforeLobbyModifiedEvent($this->room(), 0, 1, new \DateTime('@1893456000'), true), $this->request);

		$this->assertEquals(new Modification('abcd1234', 'lobby', 0, 1, 1893456000, true, false), $change);
	}

	public static function requests(): array {
		return [
			'Talk API v4' => ['/ocs/v2.php/apps/spreed/api/v4/room/abcd1234/password', true],
			'Talk API v1, server in a sub-folder' => ['/nextcloud/ocs/v1.php/apps/spreed/api/v4/room/abcd1234/webinar/lobby?format=json', true],
			'occ / cron on the command line' => ['', false],
			'web cron' => ['/cron.php', false],
			'CalDAV updating an event room' => ['/remote.php/dav/calendars/alice/personal/x.ics', false],
			'federation' => ['/ocm/notifications', false],
			'our own API' => ['/ocs/v2.php/apps/safe_meeting/api/v1/meetings', false],
			'Talk page, not its API' => ['/index.php/call/abcd1234', false],
			'Talk\'s page routes, not its API' => ['/index.php/apps/spreed/api/v4/room/abcd1234/password', false],
			// Nextcloud collapses repeated slashes and decodes escapes before routing: still Talk's API.
			'repeated slash after the entry point' => ['/ocs/v2.php//apps/spreed/api/v4/room/abcd1234/password', true],
			'repeated slash inside the app path' => ['/ocs/v2.php/apps//spreed/api/v4/room/abcd1234/webinar/lobby', true],
			'repeated slashes everywhere' => ['//ocs//v2.php///apps/spreed//api/v4/room/abcd1234/password', true],
			'escaped app name' => ['/ocs/v2.php/apps/%73preed/api/v4/room/abcd1234/password', true],
			'escaped slash' => ['/ocs/v2.php/apps%2Fspreed/api/v4/room/abcd1234/password', true],
		];
	}

	/** @dataProvider requests */
	public function testAChangeCountsAsAParticipantsOnlyInsideTalksApi(string $uri, bool $byUser): void {
		RequestRoute::answer($this->request, static fn (): string => $uri);

		$this->assertSame($byUser, TalkAdapter::readModification(new BeforeRoomModifiedEvent($this->room(), ARoomModifiedEvent::PROPERTY_PASSWORD, ''), $this->request)?->byUser);
	}

	public function testAnActorCountsAsAParticipantAnywhere(): void {
		RequestRoute::answer($this->request, static fn (): string => '');
		$room = $this->room();

		$change = TalkAdapter::readModification(new BeforeRoomModifiedEvent($room, ARoomModifiedEvent::PROPERTY_TYPE, 3, 2, TalkObjects::participant($room, Participant::MODERATOR)), $this->request);

		$this->assertTrue($change?->byUser);
	}

	public function testARequestThatCannotBeReadIsNotAParticipant(): void {
		$this->request->method('getPathInfo')->willThrowException(new \Exception('The requested uri cannot be processed'));

		$this->assertFalse(TalkAdapter::readModification(new BeforeRoomModifiedEvent($this->room(), ARoomModifiedEvent::PROPERTY_PASSWORD, ''), $this->request)?->byUser);
	}

	/** @param array<string, mixed> $params */
	private function params(array $params): void {
		$this->request->method('getParam')->willReturnCallback(static fn (string $key, $default = null) => $params[$key] ?? $default);
	}

	public function testARecordingStartIsRecognisedWithTheTokenFromTheRouteUntilTalkInjectedTheRoom(): void {
		$this->params(['token' => 'abcd1234']);
		$controller = TalkObjects::controller($this, RecordingController::class, $this->request);

		$this->assertEquals(new GuardedTalkRequest(GuardedTalkRequest::RECORDING_START, 'abcd1234', 'recording'), TalkAdapter::guardedRequest($controller, 'start', $this->request));
		$this->assertNull(TalkAdapter::guardedRequest($controller, 'stop', $this->request));
	}

	public function testARequestWithoutAnyTokenIsNotRecognised(): void {
		$this->params(['token' => '', 'source' => 'emails']);

		$this->assertNull(TalkAdapter::guardedRequest(TalkObjects::controller($this, RecordingController::class, $this->request), 'start', $this->request));
		$this->assertNull(TalkAdapter::guardedRequest(TalkObjects::controller($this, RoomController::class, $this->request), 'addParticipantToRoom', $this->request));
	}

	public static function participantSources(): array {
		return [
			'e-mail guest' => [['source' => 'emails'], GuardedTalkRequest::EMAIL_GUEST],
			'phone number (SIP dial-out)' => [['source' => 'phones'], GuardedTalkRequest::OUTSIDE_PARTICIPANT],
			'user of another server' => [['source' => 'federated_users'], GuardedTalkRequest::OUTSIDE_PARTICIPANT],
			'user' => [['source' => 'users'], null],
			'no source: Talk defaults to users' => [[], null],
			'Talk compares the source exactly' => [['source' => 'Emails'], null],
			'group' => [['source' => 'groups'], null],
			'team' => [['source' => 'teams'], null],
		];
	}

	/** @dataProvider participantSources */
	public function testAddingAParticipantIsGuardedForPeopleWithoutAnAccountHereOnly(array $params, ?string $action): void {
		$this->params($params + ['token' => 'abcd1234', 'newParticipant' => 'Guest@Example.org']);

		$request = TalkAdapter::guardedRequest(TalkObjects::controller($this, RoomController::class, $this->request), 'addParticipantToRoom', $this->request);

		// An e-mail guest is named by the actor id Talk will give them, to match moderators' admissions.
		$emailActorId = $action === GuardedTalkRequest::EMAIL_GUEST ? hash('sha256', 'guest@example.org') : null;
		$this->assertEquals($action !== null ? new GuardedTalkRequest($action, 'abcd1234', 'new-participant', null, $emailActorId) : null, $request);
	}

	public function testACsvTestRunIsNotGuarded(): void {
		$this->params(['token' => 'abcd1234', 'testRun' => true]);

		$this->assertNull(TalkAdapter::guardedRequest(TalkObjects::controller($this, RoomController::class, $this->request), 'importEmailsAsParticipants', $this->request));
	}

	private function botController(): BotController {
		return TalkObjects::controller($this, BotController::class, $this->request);
	}

	public function testEnablingABotIsRecognisedWithTheBotsId(): void {
		$this->params(['token' => 'abcd1234', 'botId' => '7']);

		$this->assertEquals(new GuardedTalkRequest(GuardedTalkRequest::BOT_ENABLE, 'abcd1234', 'bot', 7), TalkAdapter::guardedRequest($this->botController(), 'enableBot', $this->request));
		$this->assertNull(TalkAdapter::guardedRequest($this->botController(), 'disableBot', $this->request));
		$this->assertNull(TalkAdapter::guardedRequest($this->botController(), 'listBots', $this->request));
	}

	public static function bridgeSwitches(): array {
		return [
			'JSON true' => [true, true],
			'form "1"' => ['1', true],
			'"false" (multipart: true to Nextcloud)' => ['false', true],
			'JSON false' => [false, false],
			'form "0"' => ['0', false],
			'absent' => [null, false],
		];
	}

	/** @dataProvider bridgeSwitches */
	public function testSwitchingTheChatBridgeOnIsRecognised(mixed $enabled, bool $recognised): void {
		$this->params(['token' => 'abcd1234', 'enabled' => $enabled]);
		$controller = TalkObjects::controller($this, MatterbridgeController::class, $this->request);

		$this->assertEquals($recognised ? new GuardedTalkRequest(GuardedTalkRequest::BRIDGE_ENABLE, 'abcd1234', 'bridge') : null, TalkAdapter::guardedRequest($controller, 'editBridgeOfRoom', $this->request));
	}

	public function testABotIdThatIsNoNumberIsLeftToTalk(): void {
		$this->params(['token' => 'abcd1234', 'botId' => 'x']);

		$this->assertNull(TalkAdapter::guardedRequest($this->botController(), 'enableBot', $this->request));
	}

	public function testReadsABotsUrl(): void {
		$bot = new BotServer();
		$bot->setUrl('nextcloudapp://safe_meeting');
		$this->botServers->method('findById')->willReturnCallback(fn (int $id): BotServer => $id === 7 ? $bot : throw new DoesNotExistException(''));

		$this->assertSame('nextcloudapp://safe_meeting', $this->adapter->botUrl(7));
		$this->assertNull($this->adapter->botUrl(8));
	}

	public function testImportingEmailGuestsIsAnEmailInvitationInTheRoomTalkInjected(): void {
		$this->params(['token' => 'other001']);
		$controller = TalkObjects::controller($this, RoomController::class, $this->request);
		$controller->setRoom($this->room());

		$this->assertEquals(new GuardedTalkRequest(GuardedTalkRequest::EMAIL_GUEST, 'abcd1234', 'room'), TalkAdapter::guardedRequest($controller, 'importEmailsAsParticipants', $this->request));
	}

	public function testTheDeletedRoomsTokenIsReadFromRoomDeletedEventOnly(): void {
		$this->assertSame('abcd1234', TalkAdapter::deletedRoomToken(new RoomDeletedEvent($this->room())));
		$this->assertNull(TalkAdapter::deletedRoomToken(new BeforeRoomModifiedEvent($this->room(), ARoomModifiedEvent::PROPERTY_PASSWORD, '')));
	}

	public function testTheTokenOfTheRoomAboutToGoIsReadFromBeforeRoomDeletedEventOnly(): void {
		$this->assertSame('abcd1234', TalkAdapter::deletingRoomToken(new BeforeRoomDeletedEvent($this->room())));
		$this->assertNull(TalkAdapter::deletingRoomToken(new RoomDeletedEvent($this->room())));
	}

	public function testARecordingStartIsReadFromRoomModifiedEventWithAUserAsActor(): void {
		$actor = TalkObjects::participant($this->room(), Participant::MODERATOR);
		$actor->getAttendee()->setActorType(Attendee::ACTOR_USERS);
		$actor->getAttendee()->setActorId('carol');

		$this->assertSame(['token' => 'abcd1234', 'userId' => 'carol'], TalkAdapter::recordingStarted(new RoomModifiedEvent($this->room(), ARoomModifiedEvent::PROPERTY_CALL_RECORDING, Room::RECORDING_AUDIO, 4, $actor)));
		$this->assertNull(TalkAdapter::recordingStarted(new RoomModifiedEvent($this->room(), ARoomModifiedEvent::PROPERTY_CALL_RECORDING, 3, 0, $actor)), 'only once the recording server started it');
		$this->assertNull(TalkAdapter::recordingStarted(new RoomModifiedEvent($this->room(), ARoomModifiedEvent::PROPERTY_CALL_RECORDING, Room::RECORDING_VIDEO, 3)), 'no actor');
	}

	public function testClearingTheChatHistoryIsRecognisedForItsSharedFiles(): void {
		$controller = TalkObjects::controller($this, ChatController::class, $this->request);
		$controller->setRoom($this->room());

		$this->assertEquals(new GuardedTalkRequest(GuardedTalkRequest::CLEAR_HISTORY, 'abcd1234', 'history'), TalkAdapter::guardedRequest($controller, 'clearHistory', $this->request));
		$this->assertNull(TalkAdapter::guardedRequest($controller, 'receiveMessages', $this->request));
	}

	// --- What the server decides: effective consent and permissions; breakout and federated rooms ---

	/** A room as Talk loads it (mocked from Talk's class), with the given getters. */
	private function talkRoom(array $getters = []): Room&MockObject {
		$room = $this->createMock(Room::class);
		$getters += ['getToken' => 'abcd1234', 'getType' => Room::TYPE_PUBLIC, 'getDescription' => '', 'getObjectType' => '', 'getObjectId' => ''];
		foreach ($getters as $method => $value) {
			$room->method($method)->willReturn($value);
		}
		return $room;
	}

	private function stateOf(Room $room): ?RoomState {
		$moderator = $this->createMock(Participant::class);
		$moderator->method('hasModeratorPermissions')->willReturn(true);
		$this->manager->method('getRoomForUserByToken')->willReturn($room);
		$this->participantService->method('getParticipant')->willReturn($moderator);
		return $this->adapter->getRoomState('abcd1234', 'alice');
	}

	/** [server recording_consent as Talk's Config reports it, room column, effective] */
	public static function consentCases(): array {
		return [
			'server: never (or recording unavailable); room asks' => [0, 1, 0],
			'server: never; room does not ask' => [0, 0, 0],
			'server: always; room does not ask' => [1, 0, 1],
			'server: always; room asks' => [1, 1, 1],
			'server: each room decides; room asks' => [2, 1, 1],
			'server: each room decides; room does not ask' => [2, 0, 0],
		];
	}

	/** @dataProvider consentCases */
	public function testRecordingConsentIsTheServersUnlessItLeavesItToTheRoom(int $server, int $room, int $effective): void {
		$this->serverConsent = $server;

		$this->assertSame($effective, $this->stateOf($this->talkRoom(['getRecordingConsent' => $room]))?->recordingConsent);
	}

	/** [room default permissions, server default_permissions, what participants get] */
	public static function permissionCases(): array {
		return [
			'room sets none: the server default' => [0, 254, 254],
			'room sets its own' => [246 | 1, 254, 247],
			'Talk 24 server default' => [0, 502, 502],
		];
	}

	/** @dataProvider permissionCases */
	public function testDefaultPermissionsFallBackToTheServersAsTalkResolvesThem(int $room, int $server, int $effective): void {
		$this->serverPermissions = $server;

		$this->assertSame($effective, $this->stateOf($this->talkRoom(['getDefaultPermissions' => $room]))?->defaultPermissions);
	}

	/** [room getters, breakout mode, breakout parent, federated] */
	public static function roomKinds(): array {
		return [
			'a room with breakout rooms' => [['getBreakoutRoomMode' => 2], 2, '', false],
			'a breakout room' => [['getObjectType' => 'room', 'getObjectId' => 'parent01', 'getType' => Room::TYPE_GROUP], 0, 'parent01', false],
			'an event room is no breakout room' => [['getObjectType' => 'event', 'getObjectId' => '1893456000#1893459600'], 0, '', false],
			'a room hosted on another server' => [['isFederatedConversation' => true], 0, '', true],
			'a plain room' => [[], 0, '', false],
		];
	}

	/** @dataProvider roomKinds */
	public function testReportsBreakoutRoomsTheirParentAndFederation(array $getters, int $mode, string $parent, bool $federated): void {
		$state = $this->stateOf($this->talkRoom($getters));

		$this->assertSame([$mode, $parent, $federated], [$state?->breakoutRoomMode, $state?->breakoutParent, $state?->federated]);
	}

	public function testReadsAnAttendeesPermissionChange(): void {
		RequestRoute::answer($this->request, static fn (): string => '/ocs/v2.php/apps/spreed/api/v4/room/abcd1234/attendees/permissions');
		$room = $this->talkRoom();

		$change = TalkAdapter::readParticipantModification(new BeforeParticipantModifiedEvent($room, $this->createMock(Participant::class), AParticipantModifiedEvent::PROPERTY_PERMISSIONS, 255, 246), $this->request);

		$this->assertEquals(new Modification('abcd1234', 'permissions', 255, 246, null, false, true), $change);
	}

	public function testOtherParticipantChangesAreNotRead(): void {
		$this->request->expects($this->never())->method('getPathInfo');
		$event = new BeforeParticipantModifiedEvent($this->talkRoom(), $this->createMock(Participant::class), AParticipantModifiedEvent::PROPERTY_IN_CALL, 1, 0);

		$this->assertNull(TalkAdapter::readParticipantModification($event, $this->request));
	}

	public function testReportsTheRoomSettingsTheServerForcesOnEveryConversation(): void {
		$this->appConfig->setValueString('spreed', 'force_listable', '2'); // as occ config:app:set writes it
		$this->appConfig->setValueInt('spreed', 'force_permissions', 502);
		$this->appConfig->setValueString('spreed', 'force_mention_permissions', '1'); // no plan setting
		$this->appConfig->setValueString('spreed', 'force_sip_enabled', 'yes'); // not a number: ignored
		$this->appConfig->setValueString('spreed', 'default_listable', '2'); // a preselection, not forced

		$this->assertSame(['listable' => 2, 'permissions' => 502], $this->stateOf($this->talkRoom())?->forced);
	}

	public function testNothingIsForcedBeforeTalk24(): void {
		$this->assertSame([], $this->stateOf($this->talkRoom())?->forced);
	}
}
