<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Talk;

use OCA\SafeMeeting\Policy\Modification;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\Talk\Controller\RecordingController;
use OCA\Talk\Events\ARoomModifiedEvent;
use OCA\Talk\Events\BeforeLobbyModifiedEvent;
use OCA\Talk\Events\BeforeRoomModifiedEvent;
use OCA\Talk\Exceptions\ParticipantNotFoundException;
use OCA\Talk\Exceptions\RoomNotFoundException;
use OCA\Talk\Manager;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCP\IRequest;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

class TalkAdapterTest extends TestCase {
	private Manager&MockObject $manager;
	private ParticipantService&MockObject $participantService;
	private IRequest&MockObject $request;
	private TalkAdapter $adapter;

	protected function setUp(): void {
		$this->manager = $this->createMock(Manager::class);
		$this->participantService = $this->createMock(ParticipantService::class);
		$this->request = $this->createMock(IRequest::class);
		$this->adapter = new TalkAdapter($this->manager, $this->participantService, $this->request);
	}

	private function room(): Room {
		return new Room(
			token: 'abcd1234',
			type: Room::TYPE_PUBLIC,
			password: 'hash',
			listable: 1,
			lobbyState: 1,
			lobbyTimer: new \DateTime('@1893456000'),
			messageExpiration: 3600,
			sipEnabled: 2,
			callRecording: 5,
			description: 'Agenda',
		);
	}

	public function testReportsTheRoomStateAndThatTheOwnerModeratesIt(): void {
		$room = $this->room();
		$this->manager->expects($this->once())->method('getRoomForUserByToken')->with('abcd1234', 'alice')->willReturn($room);
		$this->participantService->expects($this->once())->method('getParticipant')->with($room, 'alice', false)
			->willReturn(new Participant($room, Participant::OWNER));

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
			'description' => 'Agenda',
		], $state->toCheckable());
	}

	public function testNoLobbyTimerIsZero(): void {
		$room = new Room(lobbyTimer: null, password: '');
		$this->manager->method('getRoomForUserByToken')->willReturn($room);
		$this->participantService->method('getParticipant')->willReturn(new Participant($room, Participant::MODERATOR));

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
		$this->participantService->method('getParticipant')->willReturn(new Participant($room, $participantType));

		$this->assertSame($moderates, $this->adapter->getRoomState('abcd1234', 'alice')?->moderatedByUser);
	}

	public function testAMissingRoomIsNull(): void {
		$this->manager->method('getRoomForUserByToken')->willThrowException(new RoomNotFoundException());
		$this->participantService->expects($this->never())->method('getParticipant');

		$this->assertNull($this->adapter->getRoomState('abcd1234', 'alice'));
	}

	public function testANonParticipantOfAPublicRoomDoesNotModerate(): void {
		$this->manager->method('getRoomForUserByToken')->willReturn($this->room());
		$this->participantService->method('getParticipant')->willThrowException(new ParticipantNotFoundException());

		$state = $this->adapter->getRoomState('abcd1234', 'mallory');

		$this->assertNotNull($state);
		$this->assertFalse($state->moderatedByUser);
	}

	public function testAnUnguardedPropertyIsNotReadAtAll(): void {
		$this->request->expects($this->never())->method('getRequestUri');

		$this->assertNull($this->adapter->readModification(new BeforeRoomModifiedEvent($this->room(), ARoomModifiedEvent::PROPERTY_IN_CALL, 1, 0)));
	}

	public function testReadsARoomChangeAsPlainValues(): void {
		$this->request->method('getRequestUri')->willReturn('/ocs/v2.php/apps/spreed/api/v4/room/abcd1234/message-expiration');

		$change = $this->adapter->readModification(new BeforeRoomModifiedEvent($this->room(), ARoomModifiedEvent::PROPERTY_MESSAGE_EXPIRATION, 0, 3600));

		$this->assertEquals(new Modification('abcd1234', 'messageExpiration', 0, 3600, null, false, true), $change);
	}

	public function testReadsTheLobbyTimerAndWhetherItWasReached(): void {
		$this->request->method('getRequestUri')->willReturn('/index.php/apps/spreed/');

		$change = $this->adapter->readModification(new BeforeLobbyModifiedEvent($this->room(), 0, 1, new \DateTime('@1893456000'), true));

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
		];
	}

	/** @dataProvider requests */
	public function testAChangeCountsAsAParticipantsOnlyInsideTalksApi(string $uri, bool $byUser): void {
		$this->request->method('getRequestUri')->willReturn($uri);

		$this->assertSame($byUser, $this->adapter->readModification(new BeforeRoomModifiedEvent($this->room(), ARoomModifiedEvent::PROPERTY_PASSWORD, ''))?->byUser);
	}

	public function testAnActorCountsAsAParticipantAnywhere(): void {
		$this->request->method('getRequestUri')->willReturn('');
		$room = $this->room();

		$change = $this->adapter->readModification(new BeforeRoomModifiedEvent($room, ARoomModifiedEvent::PROPERTY_TYPE, 3, 2, new Participant($room, Participant::MODERATOR)));

		$this->assertTrue($change?->byUser);
	}

	public function testARequestThatCannotBeReadIsNotAParticipant(): void {
		$this->request->method('getRequestUri')->willThrowException(new \RuntimeException('no request'));

		$this->assertFalse($this->adapter->readModification(new BeforeRoomModifiedEvent($this->room(), ARoomModifiedEvent::PROPERTY_PASSWORD, ''))?->byUser);
	}

	public function testTheRecordingStartTokenComesFromTheRouteUntilTalkInjectedTheRoom(): void {
		$this->request->method('getParam')->willReturnMap([['token', null, 'abcd1234']]);
		$controller = new RecordingController('spreed', $this->request);

		$this->assertSame('abcd1234', TalkAdapter::recordingStartToken($controller, 'start', $this->request));
		$this->assertNull(TalkAdapter::recordingStartToken($controller, 'stop', $this->request));
	}

	public function testARecordingStartWithoutAnyTokenIsNotRecognised(): void {
		$this->request->method('getParam')->willReturnMap([['token', null, '']]);

		$this->assertNull(TalkAdapter::recordingStartToken(new RecordingController('spreed', $this->request), 'start', $this->request));
	}
}
