<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Reference\Listener;

use OCA\SafeMeeting\Db\RecordingStarterMapper;
use OCA\SafeMeeting\Listener\AutoLockListener;
use OCA\SafeMeeting\Listener\RecordingStartedListener;
use OCA\SafeMeeting\Listener\RoomGuardListener;
use OCA\SafeMeeting\Policy\ModificationGuard;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Talk\TalkServerSettings;
use OCA\SafeMeeting\Talk\TalkVeto;
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\ReferenceTestCase;
use OCA\SafeMeeting\Tests\Support\RegisteredMeetings;
use OCA\SafeMeeting\Tests\Support\RequestRoute;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\SafeMeeting\Tests\Support\TalkServiceHarness;
use OCA\Talk\Config;
use OCA\Talk\Controller\BreakoutRoomController;
use OCA\Talk\Exceptions\ParticipantProperty\PermissionsException;
use OCA\Talk\Exceptions\RoomProperty\DefaultPermissionsException;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCA\Talk\Service\BreakoutRoomService;
use OCA\Talk\Service\ParticipantService;
use OCA\Talk\Webinary;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\IRequest;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * The room guard inside Talk 22's real services and controllers for the ways around the lobby and the
 * plan that Talk's source shows: default permissions, one attendee's permissions, breakout rooms. The
 * veto must stop Talk's write and come out of Talk's controller as Talk's own 400.
 */
class RoomGuardPermissionsInTalkTest extends ReferenceTestCase {
	private const REGISTERED = 'safe0001';
	private const TALK_API = '/ocs/v2.php/apps/spreed/api/v4/room/safe0001/permissions/default';

	private TalkServiceHarness $talk;
	private string $uri = self::TALK_API;
	/** Talk's Config::getDefaultPermissions(): the server's `default_permissions`. */
	private int $serverPermissions = 246;
	private array $plan;

	protected function setUp(): void {
		$this->plan = Plans::named('accepted: no guests'); // a group room: the only kind with breakout rooms
		$mapper = RegisteredMeetings::mapper($this, self::REGISTERED, fn (): array => $this->plan);
		$request = $this->createMock(IRequest::class);
		RequestRoute::answer($request, fn (): string => $this->uri);
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(1893452400);
		$config = $this->createMock(Config::class);
		$config->method('getDefaultPermissions')->willReturnCallback(fn (): int => $this->serverPermissions);
		$config->method('isBreakoutRoomsEnabled')->willReturn(true);
		$container = $this->createMock(ContainerInterface::class);
		$container->method('get')->with(TalkServerSettings::class)->willReturn(new TalkServerSettings($config, new InMemoryAppConfig()));
		$logger = $this->createMock(LoggerInterface::class);
		$lookup = new RegisteredRoomLookup($mapper, new ArrayCacheFactory(), $logger);
		$listener = new RoomGuardListener($request, $lookup, new ModificationGuard(), new TalkVeto(new FakeL10N()), $container, $time, $logger);
		// Talk's RoomModifiedEvent after each change reaches this one too.
		$recordings = new RecordingStartedListener($lookup, new RecordingStarterMapper(SqliteConnection::withAppSchema()), $logger);

		// Talk's after-event of the change reaches auto-lock too (it looks only at joining the call).
		$this->talk = new TalkServiceHarness($this, [RoomGuardListener::class => $listener, RecordingStartedListener::class => $recordings, Config::class => $config, AutoLockListener::class => $this->createMock(AutoLockListener::class)]);
		$this->talk->registerApp();
	}

	private function safeRoom(array $state = []): Room {
		return $this->talk->room($state + [
			'token' => self::REGISTERED,
			'type' => Room::TYPE_GROUP,
			'lobbyState' => Webinary::LOBBY_NON_MODERATORS,
			'messageExpiration' => $this->plan['talk']['messageExpiration'],
			'description' => $this->plan['description'],
			'defaultPermissions' => 246 | 1,
		]);
	}

	/** [new default permissions, server default_permissions, refused] */
	public static function defaultPermissions(): array {
		return [
			'everyone may ignore the lobby' => [254, 246, true],
			'back to a server default that ignores the lobby' => [0, 254, true],
			'Talk 24 mask with react and the lobby' => [256 | 8, 502, true],
			'chat and calls, not the lobby' => [246, 246, false],
			'back to a server default that keeps the lobby' => [0, 246, false],
		];
	}

	/** @dataProvider defaultPermissions */
	public function testTalksRoomServiceDoesNotWriteDefaultPermissionsThatSkipTheLobby(int $permissions, int $server, bool $refused): void {
		$this->serverPermissions = $server;
		$room = $this->safeRoom();

		try {
			$this->talk->roomService()->setDefaultPermissions($room, $permissions);
			$this->assertFalse($refused, 'written');
			$this->assertSame(['UPDATE talk_rooms SET default_permissions'], $this->talk->writes);
		} catch (DefaultPermissionsException $e) {
			$this->assertTrue($refused, 'refused');
			$this->assertSame('value', $e->getReason());
			$this->assertSame([], $this->talk->writes);
			$this->assertSame([], $this->talk->roomWrites);
		}
	}

	public function testTalksControllerAnswersTheRefusedDefaultWith400(): void {
		$response = $this->talk->roomController($this->safeRoom())->setPermissions('default', 254);

		$this->assertInstanceOf(DataResponse::class, $response);
		$this->assertSame([400, ['error' => 'value']], [$response->getStatus(), $response->getData()]);
		$this->assertSame([], $this->talk->roomWrites);
	}

	/** Talk's real ParticipantService on the harness's dispatcher; its database mapper is a mock. */
	private function participantService(): ParticipantService {
		return $this->talk->build(ParticipantService::class, ['dispatcher' => $this->talk->dispatcher]);
	}

	/** A participant of the room who is not a moderator, with no permissions of their own. */
	private function participant(Room $room): Participant {
		return TalkObjects::participant($room, Participant::USER);
	}

	public function testTalksParticipantServiceDoesNotLetAnAttendeeSkipTheLobby(): void {
		$room = $this->safeRoom();
		$participant = $this->participant($room);

		try {
			$this->participantService()->updatePermissions($room, $participant, Attendee::PERMISSIONS_MODIFY_ADD, Attendee::PERMISSIONS_LOBBY_IGNORE);
			$this->fail('the permission was granted');
		} catch (PermissionsException $e) {
			$this->assertSame('value', $e->getReason());
		}
		$this->assertSame(Attendee::PERMISSIONS_DEFAULT, $participant->getAttendee()->getPermissions(), 'the attendee row is unchanged');
	}

	public function testOtherPermissionsOfAnAttendeeAreStillChanged(): void {
		$room = $this->safeRoom();
		$participant = $this->participant($room);

		$this->participantService()->updatePermissions($room, $participant, Attendee::PERMISSIONS_MODIFY_REMOVE, Attendee::PERMISSIONS_CHAT);

		$this->assertSame((246 | 1) & ~Attendee::PERMISSIONS_CHAT, $participant->getAttendee()->getPermissions());
	}

	public function testTalksBreakoutRoomsAreNotConfiguredForASafeMeeting(): void {
		$room = $this->safeRoom();
		$service = $this->talk->build(BreakoutRoomService::class, ['roomService' => $this->talk->roomService()]);
		$controller = $this->talk->build(BreakoutRoomController::class, ['appName' => 'spreed', 'breakoutRoomService' => $service, 'userId' => 'alice']);
		$controller->setRoom($room);

		$response = $controller->configureBreakoutRooms(1, 2);

		$this->assertSame([400, ['error' => 'mode']], [$response->getStatus(), $response->getData()]);
		$this->assertSame([], $this->talk->writes, 'no breakout mode written, no room created');
		$this->assertSame([], $this->talk->roomWrites);
	}
}
