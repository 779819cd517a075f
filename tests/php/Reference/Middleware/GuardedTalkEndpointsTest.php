<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Reference\Middleware;

use OCA\SafeMeeting\Talk\GuardedTalkRequest;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Tests\Support\ReferenceTestCase;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\Talk\Controller\AEnvironmentAwareOCSController;
use OCA\Talk\Controller\BotController;
use OCA\Talk\Controller\MatterbridgeController;
use OCA\Talk\Controller\RecordingController;
use OCA\Talk\Controller\RoomController;
use OCA\Talk\Middleware\Attribute\RequireLoggedInModeratorParticipant;
use OCA\Talk\Middleware\Attribute\RequireModeratorParticipant;
use OCA\Talk\Room;
use OCP\AppFramework\OCSController;
use OCP\IRequest;

/**
 * The Talk endpoints TalkRequestGuardMiddleware recognises, read from Talk 22's real controllers by
 * reflection: if Talk renames a class, method or parameter, or stops requiring a moderator, this fails
 * here instead of letting the request pass the guard in production.
 */
class GuardedTalkEndpointsTest extends ReferenceTestCase {
	/**
	 * Controller, method, the parameters the middleware and Talk rely on, Talk's attribute that makes the
	 * endpoint moderator-only (so only moderators can learn a room is a safe meeting), the request the
	 * middleware sees, the `error` value it answers with and the bot id it reads.
	 */
	public static function endpoints(): array {
		$participant = ['newParticipant' => 'string', 'source' => 'string'];
		return [
			'starting a recording' => [RecordingController::class, 'start', ['status' => 'int'], RequireLoggedInModeratorParticipant::class,
				[], GuardedTalkRequest::RECORDING_START, 'recording'],
			'inviting an e-mail guest' => [RoomController::class, 'addParticipantToRoom', $participant, RequireLoggedInModeratorParticipant::class,
				// Talk lower-cases the address and stores its SHA-256 as the guest's actor id.
				['source' => 'emails', 'newParticipant' => 'Guest@Example.org'], GuardedTalkRequest::EMAIL_GUEST, 'new-participant', null, hash('sha256', 'guest@example.org')],
			'dialling out to a phone' => [RoomController::class, 'addParticipantToRoom', $participant, RequireLoggedInModeratorParticipant::class,
				['source' => 'phones', 'newParticipant' => '+49301234567'], GuardedTalkRequest::OUTSIDE_PARTICIPANT, 'new-participant'],
			'adding a user of another server' => [RoomController::class, 'addParticipantToRoom', $participant, RequireLoggedInModeratorParticipant::class,
				['source' => 'federated_users', 'newParticipant' => 'bob@cloud.example.org'], GuardedTalkRequest::OUTSIDE_PARTICIPANT, 'new-participant'],
			'importing e-mail guests' => [RoomController::class, 'importEmailsAsParticipants', ['testRun' => 'bool'], RequireModeratorParticipant::class,
				[], GuardedTalkRequest::EMAIL_GUEST, 'room'],
			'enabling a bot' => [BotController::class, 'enableBot', ['botId' => 'int'], RequireLoggedInModeratorParticipant::class,
				['botId' => '7'], GuardedTalkRequest::BOT_ENABLE, 'bot', 7],
			'bridging the chat to other services' => [MatterbridgeController::class, 'editBridgeOfRoom', ['enabled' => 'bool', 'parts' => 'array'], RequireLoggedInModeratorParticipant::class,
				['enabled' => true], GuardedTalkRequest::BRIDGE_ENABLE, 'bridge'],
		];
	}

	/** @dataProvider endpoints */
	public function testTalksEndpointHasTheShapeTheGuardExpects(string $class, string $method, array $parameters, string $attribute): void {
		$endpoint = new \ReflectionMethod($class, $method);

		$this->assertTrue($endpoint->isPublic(), "$class::$method is an action");
		$this->assertSame($parameters, array_combine(
			array_map(static fn (\ReflectionParameter $p): string => $p->getName(), $endpoint->getParameters()),
			array_map(static fn (\ReflectionParameter $p): string => (string)$p->getType(), $endpoint->getParameters()),
		));
		$this->assertCount(1, $endpoint->getAttributes($attribute), "$class::$method is for moderators only");
		$this->assertTrue(is_subclass_of($class, AEnvironmentAwareOCSController::class), 'Talk injects the room into it');
		$this->assertTrue(is_subclass_of($class, OCSController::class), 'refusals are formatted as OCS answers');
	}

	/** @dataProvider endpoints */
	public function testTheGuardRecognisesTheRealEndpoint(string $class, string $method, array $parameters, string $attribute, array $params, string $action, string $error, ?int $botId = null, ?string $emailActorId = null): void {
		$request = $this->createMock(IRequest::class);
		$request->method('getParam')->willReturnCallback(static fn (string $key, $default = null) => ($params + ['token' => 'abcd1234'])[$key] ?? $default);
		$controller = TalkObjects::controller($this, $class, $request);

		$this->assertEquals(new GuardedTalkRequest($action, 'abcd1234', $error, $botId, $emailActorId), TalkAdapter::guardedRequest($controller, $method, $request));
	}

	/** The `error` values the guard answers with are ones Talk's endpoint documents (its OpenAPI annotations). */
	public function testTheRefusalsUseErrorValuesTalksEndpointsKnow(): void {
		$doc = (string)(new \ReflectionMethod(RoomController::class, 'addParticipantToRoom'))->getDocComment();
		$this->assertStringContainsString("'new-participant'", $doc);
		$doc = (string)(new \ReflectionMethod(RoomController::class, 'importEmailsAsParticipants'))->getDocComment();
		$this->assertStringContainsString("error: 'room'|", $doc);
		$doc = (string)(new \ReflectionMethod(BotController::class, 'enableBot'))->getDocComment();
		$this->assertStringContainsString('STATUS_BAD_REQUEST, array{error: string}', $doc, 'any string: Talk answers `bot` and `room` there');
		$doc = (string)(new \ReflectionMethod(RecordingController::class, 'start'))->getDocComment();
		$this->assertStringContainsString('array{error: string}', $doc, 'any string: Talk passes its service errors (status, recording, call, config)');
		$doc = (string)(new \ReflectionMethod(MatterbridgeController::class, 'editBridgeOfRoom'))->getDocComment();
		$this->assertStringContainsString('array{error: string}', $doc, 'any string: Talk passes the error of stopping the bridge');
	}

	/** Talk's InjectionMiddleware hands the room over through these; the guard reads the token from it. */
	public function testTheInjectedRoomIsReadableAsTheGuardReadsIt(): void {
		$getRoom = new \ReflectionMethod(AEnvironmentAwareOCSController::class, 'getRoom');
		$this->assertSame('?' . Room::class, (string)$getRoom->getReturnType());
		$this->assertSame('string', (string)(new \ReflectionMethod(Room::class, 'getToken'))->getReturnType());
	}
}
