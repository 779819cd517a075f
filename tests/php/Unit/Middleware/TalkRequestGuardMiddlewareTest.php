<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Middleware;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Exception\TalkRequestRefusedException;
use OCA\SafeMeeting\Middleware\TalkRequestGuardMiddleware;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Talk\RoomState;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\Talk\Controller\AEnvironmentAwareOCSController;
use OCA\Talk\Controller\RecordingController;
use OCA\Talk\Controller\RoomController;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;
use OCP\DB\Exception as DBException;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\Http\Response;
use OCP\AppFramework\QueryException;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserSession;
use OCP\L10N\IFactory;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * The middleware as the dispatcher would call it, with the real lookup and rule; only the database row,
 * the request and the translation factory are faked.
 */
class TalkRequestGuardMiddlewareTest extends TestCase {
	private const REGISTERED = 'safe0001';
	private const OTHER = 'other001';

	private MeetingMapper&MockObject $mapper;
	private IRequest&MockObject $request;
	private IFactory&MockObject $l10nFactory;
	/** @var array<string, mixed> request parameters (route and query) */
	private array $params = ['apiVersion' => 'v1', 'token' => self::REGISTERED];
	private string $accept = 'application/json, text/plain, */*';
	private array $plan;
	/** What Talk says about the caller (alice) in the room: a moderator unless a test says otherwise. */
	private ?RoomState $roomForCaller = null;
	private ContainerInterface&MockObject $container;
	private LoggerInterface&MockObject $logger;
	private TalkRequestGuardMiddleware $middleware;

	protected function setUp(): void {
		$this->plan = Plans::accepted(); // recording: blocked
		$this->logger = $this->createMock(LoggerInterface::class);
		$this->mapper = $this->createMock(MeetingMapper::class);
		$this->mapper->method('findByToken')->willReturnCallback(function (string $token): Meeting {
			if ($token !== self::REGISTERED) {
				throw new DoesNotExistException('');
			}
			$meeting = new Meeting();
			$meeting->setToken($token);
			$meeting->setPlan(json_encode($this->plan));
			return $meeting;
		});
		$this->request = $this->createMock(IRequest::class);
		$this->request->method('getParam')->willReturnCallback(fn (string $key, $default = null) => $this->params[$key] ?? $default);
		$this->request->method('getHeader')->willReturnCallback(fn (string $name): string => strtolower($name) === 'accept' ? $this->accept : '');
		$this->l10nFactory = $this->createMock(IFactory::class);
		$this->l10nFactory->method('get')->willReturn(new FakeL10N());

		$this->roomForCaller = Plans::matchingRoom($this->plan, self::REGISTERED);
		$talk = $this->createMock(TalkAdapter::class);
		$talk->method('getRoomState')->willReturnCallback(function (string $token, string $uid): ?RoomState {
			$this->assertSame([self::REGISTERED, 'alice'], [$token, $uid]);
			return $this->roomForCaller;
		});
		$this->container = $this->createMock(ContainerInterface::class);
		$this->container->method('get')->with(TalkAdapter::class)->willReturn($talk);
		$alice = $this->createMock(IUser::class);
		$alice->method('getUID')->willReturn('alice');
		$userSession = $this->createMock(IUserSession::class);
		$userSession->method('getUser')->willReturn($alice);

		$this->middleware = new TalkRequestGuardMiddleware(
			$this->request,
			new RegisteredRoomLookup($this->mapper, new ArrayCacheFactory(), $this->createMock(LoggerInterface::class)),
			$this->l10nFactory,
			$userSession,
			$this->container,
			$this->logger,
		);
	}

	/** Talk's controller; buildResponse() is mocked because the real one wraps into server-internal OCS classes. */
	private function recordingController(): RecordingController&MockObject {
		return TalkObjects::controller($this, RecordingController::class, $this->request, ['buildResponse']);
	}

	/** Talk's RoomController, with buildResponse() mocked like recordingController(). */
	private function roomController(): RoomController&MockObject {
		return TalkObjects::controller($this, RoomController::class, $this->request, ['buildResponse']);
	}

	private function noGuestsPlan(): void {
		$this->plan = Plans::named('accepted: no guests');
		$this->assertSame(2, $this->plan['talk']['roomType']);
	}

	/** Runs the middleware like the dispatcher: beforeController, and on an exception afterException. */
	private function dispatch(Controller $controller, string $methodName): ?Response {
		try {
			$this->middleware->beforeController($controller, $methodName);
		} catch (\Exception $e) {
			return $this->middleware->afterException($controller, $methodName, $e);
		}
		return null;
	}

	public function testRefusesStartingARecordingInASafeMeetingThatBlocksRecording(): void {
		$this->expectException(TalkRequestRefusedException::class);

		$this->middleware->beforeController($this->recordingController(), 'start');
	}

	public function testTheRefusalIsAForbiddenOcsAnswerWithErrorAndTranslatedMessage(): void {
		$controller = $this->recordingController();
		$ocs = new Response();
		$this->l10nFactory->expects($this->once())->method('get')->with('safe_meeting');
		$controller->expects($this->once())->method('buildResponse')
			->with($this->callback(function ($data): bool {
				$this->assertInstanceOf(DataResponse::class, $data);
				$this->assertSame(403, $data->getStatus());
				$this->assertSame(['error' => 'recording', 'message' => '[t] Recording is blocked for this safe meeting.'], $data->getData());
				return true;
			}), 'json')
			->willReturn($ocs);

		$this->assertSame($ocs, $this->dispatch($controller, 'start'));
	}

	public function testOutsideAnOcsControllerTheRefusalIsThePlainDataResponse(): void {
		$controller = $this->getMockBuilder(Controller::class)->setConstructorArgs(['other', $this->request])->getMockForAbstractClass();

		$response = $this->middleware->afterException($controller, 'start', new TalkRequestRefusedException(self::REGISTERED, 'recording', TalkRequestRefusedException::RECORDING_BLOCKED));

		$this->assertInstanceOf(DataResponse::class, $response);
		$this->assertSame(403, $response->getStatus());
		$this->assertSame('recording', $response->getData()['error']);
	}

	public static function formats(): array {
		return [
			'format parameter wins over Accept' => [['format' => 'xml'], 'application/json', 'xml'],
			'Accept header' => [[], 'application/json', 'json'],
			'neither: OCS default' => [[], '*/*', 'xml'],
			'unknown format parameter: Accept' => [['format' => 'html'], 'application/json', 'json'],
		];
	}

	/** @dataProvider formats */
	public function testTheRefusalComesInTheFormatTheClientAskedFor(array $params, string $accept, string $format): void {
		$this->params = array_merge($this->params, $params);
		$this->accept = $accept;
		$controller = $this->recordingController();
		$controller->expects($this->once())->method('buildResponse')->with($this->isInstanceOf(DataResponse::class), $format)->willReturn(new Response());

		$this->dispatch($controller, 'start');
	}

	public function testUsesTheRoomTalkInjectedWhenItsMiddlewareRanFirst(): void {
		$this->params = ['apiVersion' => 'v1']; // the token must come from the room
		$controller = $this->recordingController();
		$controller->setRoom(TalkObjects::room($this, ['token' => self::REGISTERED]));

		$this->expectException(TalkRequestRefusedException::class);

		$this->middleware->beforeController($controller, 'start');
	}

	public function testTheInjectedRoomCountsRatherThanTheParameter(): void {
		$controller = $this->recordingController();
		$controller->setRoom(TalkObjects::room($this, ['token' => self::OTHER]));
		$this->mapper->expects($this->once())->method('findByToken')->with(self::OTHER);

		$this->middleware->beforeController($controller, 'start');
	}

	public function testAllowsStartingARecordingWhenThePlanAllowsRecordingWithConsent(): void {
		$this->plan['settings']['recording'] = 'with-consent';
		$this->mapper->expects($this->once())->method('findByToken')->with(self::REGISTERED);

		$this->assertNull($this->dispatch($this->recordingController(), 'start'));
	}

	public function testAllowsStartingARecordingInARoomThatIsNotASafeMeeting(): void {
		$this->params['token'] = self::OTHER;
		$this->mapper->expects($this->once())->method('findByToken')->with(self::OTHER);

		$this->assertNull($this->dispatch($this->recordingController(), 'start'));
	}

	public function testAPlanWithoutARecordingValueIsTreatedAsBlocked(): void {
		unset($this->plan['settings']['recording']);

		$this->expectException(TalkRequestRefusedException::class);

		$this->middleware->beforeController($this->recordingController(), 'start');
	}

	public static function otherActions(): array {
		return [
			'stopping a recording' => [RecordingController::class, 'stop'],
			'storing a recording' => [RecordingController::class, 'store'],
			'sharing a recording to the chat' => [RecordingController::class, 'shareToChat'],
			'another Talk controller, even with a start method' => [AEnvironmentAwareOCSController::class, 'start'],
			'another action of the room controller' => [RoomController::class, 'removeAttendeeFromRoom'],
			'another app' => [Controller::class, 'start'],
		];
	}

	/** @dataProvider otherActions */
	public function testOtherActionsPassWithoutALookup(string $class, string $methodName): void {
		$controller = match ($class) {
			RecordingController::class => $this->recordingController(),
			Controller::class => $this->getMockBuilder($class)->setConstructorArgs(['other', $this->request])->getMockForAbstractClass(),
			default => TalkObjects::controller($this, $class, $this->request),
		};
		if ($controller instanceof AEnvironmentAwareOCSController) {
			$controller->setRoom(TalkObjects::room($this, ['token' => self::REGISTERED]));
		}
		$this->mapper->expects($this->never())->method('findByToken');
		$this->request->expects($this->never())->method('getParam');

		$this->middleware->beforeController($controller, $methodName);
	}

	public function testTheMethodNameIsMatchedLikePhpMatchesIt(): void {
		$this->expectException(TalkRequestRefusedException::class);

		$this->middleware->beforeController($this->recordingController(), 'Start');
	}

	public static function foreignExceptions(): array {
		return [
			'Talk refusing the start itself' => [new \InvalidArgumentException('call')],
			'any other exception' => [new \RuntimeException('boom')],
		];
	}

	/** @dataProvider foreignExceptions */
	public function testExceptionsThatAreNotOursAreRethrownUnchanged(\Exception $exception): void {
		$controller = $this->recordingController();
		$controller->expects($this->never())->method('buildResponse');

		try {
			$this->middleware->afterException($controller, 'start', $exception);
			$this->fail('not re-thrown');
		} catch (\Exception $e) {
			$this->assertSame($exception, $e);
		}
	}

	// --- E-mail guests in meetings without guests ---

	public function testRefusesInvitingAnEmailGuestIntoASafeMeetingWithoutGuests(): void {
		$this->noGuestsPlan();
		$this->params += ['source' => 'emails', 'newParticipant' => 'guest@example.org'];
		$controller = $this->roomController();
		$ocs = new Response();
		$controller->expects($this->once())->method('buildResponse')
			->with($this->callback(function ($data): bool {
				$this->assertInstanceOf(DataResponse::class, $data);
				$this->assertSame(403, $data->getStatus());
				$this->assertSame(['error' => 'new-participant', 'message' => '[t] This safe meeting does not allow guests.'], $data->getData());
				return true;
			}), 'json')
			->willReturn($ocs);

		$this->assertSame($ocs, $this->dispatch($controller, 'addParticipantToRoom'));
	}

	public function testRefusesImportingEmailGuestsIntoASafeMeetingWithoutGuests(): void {
		$this->noGuestsPlan();
		$controller = $this->roomController();
		$controller->expects($this->once())->method('buildResponse')
			->with($this->callback(function (DataResponse $data): bool {
				$this->assertSame(403, $data->getStatus());
				$this->assertSame(['error' => 'room', 'message' => '[t] This safe meeting does not allow guests.'], $data->getData());
				return true;
			}), 'json')
			->willReturn(new Response());

		$this->assertNotNull($this->dispatch($controller, 'importEmailsAsParticipants'));
	}

	public function testInvitingAnEmailGuestIsAllowedWhereThePlanHasGuestsWithPassword(): void {
		$this->assertSame(3, $this->plan['talk']['roomType']);
		$this->params['source'] = 'emails';
		$this->mapper->expects($this->once())->method('findByToken')->with(self::REGISTERED);

		$this->assertNull($this->dispatch($this->roomController(), 'addParticipantToRoom'));
	}

	public function testInvitingAnEmailGuestIntoARoomThatIsNotASafeMeetingPasses(): void {
		$this->params = ['apiVersion' => 'v4', 'token' => self::OTHER, 'source' => 'emails'];

		$this->assertNull($this->dispatch($this->roomController(), 'addParticipantToRoom'));
	}

	public function testAddingAUserToASafeMeetingWithoutGuestsPassesWithoutALookup(): void {
		$this->noGuestsPlan();
		$this->params['source'] = 'users';
		$this->mapper->expects($this->never())->method('findByToken');

		$this->assertNull($this->dispatch($this->roomController(), 'addParticipantToRoom'));
	}

	public function testAPlanWithoutARoomTypeLetsNoGuestsIn(): void {
		unset($this->plan['talk']['roomType']);
		$this->params['source'] = 'emails';

		$this->expectException(TalkRequestRefusedException::class);

		$this->middleware->beforeController($this->roomController(), 'addParticipantToRoom');
	}

	public function testARecordingStartInAMeetingWithoutGuestsIsStillJudgedByTheRecordingRule(): void {
		$this->noGuestsPlan();
		$this->plan['settings']['recording'] = 'with-consent';

		$this->assertNull($this->dispatch($this->recordingController(), 'start'));
	}

	// --- Only moderators learn that a room is a safe meeting ---

	public static function callersWhoAreNotModerators(): array {
		return [
			'not a participant, or no such room (Talk answers 404 itself)' => [null],
			'a participant who does not moderate (Talk answers 403 itself)' => [false],
		];
	}

	/** @dataProvider callersWhoAreNotModerators */
	public function testCallersWhoAreNotModeratorsPassOnToTalkAndLearnNothing(?bool $moderates): void {
		$this->noGuestsPlan();
		$this->roomForCaller = $moderates === null ? null : Plans::matchingRoom($this->plan, self::REGISTERED, moderated: $moderates);
		$this->params['source'] = 'emails';

		$this->assertNull($this->dispatch($this->roomController(), 'addParticipantToRoom'));
		$this->assertNull($this->dispatch($this->recordingController(), 'start'));
	}

	public function testWhenTalkCannotBeLoadedTheForbiddenRequestIsRefused(): void {
		$this->noGuestsPlan();
		$this->params['source'] = 'emails';
		$container = $this->createMock(ContainerInterface::class);
		$container->method('get')->willThrowException(new QueryException('no Talk'));
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($this->createMock(IUser::class));
		$middleware = new TalkRequestGuardMiddleware($this->request, new RegisteredRoomLookup($this->mapper, new ArrayCacheFactory(), $this->createMock(LoggerInterface::class)),
			$this->l10nFactory, $session, $container, $this->logger);

		$this->expectException(TalkRequestRefusedException::class);

		$middleware->beforeController($this->roomController(), 'addParticipantToRoom');
	}

	public function testAllowedRequestsDoNotLoadTalk(): void {
		$this->params['source'] = 'emails'; // the default plan has guests with password
		$this->container->expects($this->never())->method('get');

		$this->assertNull($this->dispatch($this->roomController(), 'addParticipantToRoom'));
	}

	// --- The registry fails ---

	private function registryFails(\Exception $failure): void {
		$this->mapper = $this->createMock(MeetingMapper::class);
		$this->mapper->method('findByToken')->willThrowException($failure);
		$this->setUpMiddlewareAgain();
	}

	private function setUpMiddlewareAgain(): void {
		$alice = $this->createMock(IUser::class);
		$alice->method('getUID')->willReturn('alice');
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($alice);
		$this->middleware = new TalkRequestGuardMiddleware($this->request, new RegisteredRoomLookup($this->mapper, new ArrayCacheFactory(), $this->createMock(LoggerInterface::class)),
			$this->l10nFactory, $session, $this->container, $this->logger);
	}

	public function testWhenTheDatabaseFailsTheRequestGoesOnToTalkAndIsLogged(): void {
		$this->registryFails(new DBException('gone'));
		$this->logger->expects($this->once())->method('error')->with($this->anything(), $this->callback(fn (array $c): bool => $c['token'] === self::REGISTERED));

		$this->assertNull($this->dispatch($this->recordingController(), 'start'));
	}

	public function testARoomKnownToBeASafeMeetingWhosePlanCannotBeReadIsRefusedWithTryAgain(): void {
		$this->mapper = $this->createMock(MeetingMapper::class);
		$this->mapper->method('findByToken')->willReturnCallback(function (): Meeting {
			$meeting = new Meeting();
			$meeting->setPlan('{damaged');
			return $meeting;
		});
		$this->setUpMiddlewareAgain();
		$controller = $this->recordingController();
		$controller->expects($this->once())->method('buildResponse')
			->with($this->callback(function (DataResponse $data): bool {
				$this->assertSame(400, $data->getStatus());
				$this->assertSame(['error' => 'recording', 'message' => '[t] Safe Meeting could not check this change right now. Please try again.'], $data->getData());
				return true;
			}), 'json')
			->willReturn(new Response());

		$this->assertNotNull($this->dispatch($controller, 'start'));
	}

	public function testAFailClosedRefusalIsForModeratorsOnlyToo(): void {
		$this->mapper = $this->createMock(MeetingMapper::class);
		$this->mapper->method('findByToken')->willThrowException(new MultipleObjectsReturnedException(''));
		$this->setUpMiddlewareAgain();
		$this->roomForCaller = Plans::matchingRoom($this->plan, self::REGISTERED, moderated: false);

		$this->assertNull($this->dispatch($this->recordingController(), 'start'));
	}

	public function testTheMiddlewareAnswersATryAgainThrownByAGuardListenerInsideTalk(): void {
		$controller = $this->roomController();
		$controller->expects($this->once())->method('buildResponse')
			->with($this->callback(fn (DataResponse $data): bool => $data->getStatus() === 400 && $data->getData()['error'] === 'value'), 'json')
			->willReturn(new Response());

		$this->middleware->afterException($controller, 'setPassword', TalkRequestRefusedException::unavailable(self::REGISTERED, 'value'));
	}
}
