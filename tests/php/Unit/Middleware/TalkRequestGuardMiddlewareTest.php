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
use OCA\SafeMeeting\Retention\PendingRoomShares;
use OCA\SafeMeeting\Service\JoinGuard;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Talk\RoomState;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\Talk\Controller\AEnvironmentAwareOCSController;
use OCA\Talk\Controller\BotController;
use OCA\Talk\Controller\ChatController;
use OCA\Talk\Controller\MatterbridgeController;
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
	/** What Talk says about the caller (alice) per room: a moderator of both unless a test says otherwise. */
	private array $roomsForCaller = [];
	private ContainerInterface&MockObject $container;
	private TalkAdapter&MockObject $talk;
	private JoinGuard&MockObject $joinGuard;
	private PendingRoomShares&MockObject $pendingShares;
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

		$this->roomsForCaller = [
			self::REGISTERED => Plans::matchingRoom($this->plan, self::REGISTERED),
			self::OTHER => Plans::matchingRoom($this->plan, self::OTHER),
		];
		$this->talk = $this->createMock(TalkAdapter::class);
		$this->talk->method('getRoomState')->willReturnCallback(function (string $token, string $uid): ?RoomState {
			$this->assertSame('alice', $uid);
			return $this->roomsForCaller[$token] ?? null;
		});
		// The lock as the join guard sees it: unlocked unless a test says otherwise.
		$this->joinGuard = $this->createMock(JoinGuard::class);
		$this->joinGuard->method('isLockedNow')->willReturn(false);
		$this->pendingShares = $this->createMock(PendingRoomShares::class);
		$this->container = $this->createMock(ContainerInterface::class);
		$this->container->method('get')->willReturnCallback(fn (string $id): object => match ($id) {
			TalkAdapter::class => $this->talk,
			JoinGuard::class => $this->joinGuard,
			PendingRoomShares::class => $this->pendingShares,
		});
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
		$this->params += ['source' => 'emails', 'newParticipant' => 'guest@example.org'];
		$this->mapper->expects($this->once())->method('findByToken')->with(self::REGISTERED);
		$this->joinGuard->expects($this->once())->method('mayAdd')->with(self::REGISTERED, [['emails', hash('sha256', 'guest@example.org')]])->willReturn(true);

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
		$this->roomsForCaller[self::REGISTERED] = $moderates === null ? null : Plans::matchingRoom($this->plan, self::REGISTERED, moderated: $moderates);
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
		$this->joinGuard->method('mayAdd')->willReturn(true);
		$this->container = $this->createMock(ContainerInterface::class);
		$this->container->method('get')->willReturnCallback(fn (string $id): object => $id === JoinGuard::class ? $this->joinGuard : $this->fail('Talk was loaded for ' . $id));
		$this->setUpMiddlewareAgain();

		$this->assertNull($this->dispatch($this->roomController(), 'addParticipantToRoom'));
	}

	// --- E-mail guests while the meeting is locked (Talk 22 fires no event before adding them) ---

	private function lockedWithAdmissions(bool $admitted): void {
		$this->joinGuard = $this->createMock(JoinGuard::class);
		$this->joinGuard->method('isLockedNow')->willReturn(true);
		$this->joinGuard->method('mayAdd')->willReturn($admitted);
	}

	public function testAnEmailGuestNobodyAdmittedIsRefusedWhileLocked(): void {
		$this->lockedWithAdmissions(false);
		$this->params += ['source' => 'emails', 'newParticipant' => 'Late@Example.org'];
		$this->joinGuard->expects($this->once())->method('mayAdd')->with(self::REGISTERED, [['emails', hash('sha256', 'late@example.org')]]);
		$controller = $this->roomController();
		$controller->expects($this->once())->method('buildResponse')
			->with($this->callback(function (DataResponse $data): bool {
				$this->assertSame(403, $data->getStatus());
				$this->assertSame(['error' => 'new-participant', 'message' => '[t] This safe meeting is locked. Admit the guest with the meeting\'s controls or with /admit in the chat.'], $data->getData());
				return true;
			}), 'json')
			->willReturn(new Response());

		$this->assertNotNull($this->dispatch($controller, 'addParticipantToRoom'));
	}

	public function testAnAdmittedEmailGuestIsInvitedWhileLocked(): void {
		$this->lockedWithAdmissions(true);
		$this->params += ['source' => 'emails', 'newParticipant' => 'late@example.org'];

		$this->assertNull($this->dispatch($this->roomController(), 'addParticipantToRoom'));
	}

	public function testPhonesAndFederatedUsersAreLeftToTheAttendeeGuardWhileLocked(): void {
		$this->lockedWithAdmissions(false);
		$this->joinGuard->expects($this->never())->method('mayAdd');
		foreach (['phones', 'federated_users'] as $source) {
			$this->params['source'] = $source;
			$this->assertNull($this->dispatch($this->roomController(), 'addParticipantToRoom'), $source);
		}
	}

	/** @dataProvider lockStates */
	public function testACsvImportOfEmailGuestsIsRefusedWhileLocked(bool $locked): void {
		$this->joinGuard = $this->createMock(JoinGuard::class);
		$this->joinGuard->method('isLockedNow')->with(self::REGISTERED)->willReturn($locked);
		$controller = $this->roomController();
		$controller->expects($locked ? $this->once() : $this->never())->method('buildResponse')
			->with($this->callback(fn (DataResponse $data): bool => $data->getStatus() === 403 && $data->getData()['error'] === 'room'), 'json')
			->willReturn(new Response());

		$this->assertSame($locked, $this->dispatch($controller, 'importEmailsAsParticipants') !== null);
	}

	public static function lockStates(): array {
		return ['locked' => [true], 'unlocked' => [false]];
	}

	public function testWhenTheLockCannotBeReadAnEmailInvitationIsRefusedToBeTriedAgain(): void {
		$this->joinGuard = $this->createMock(JoinGuard::class);
		$this->joinGuard->method('mayAdd')->willThrowException(new DBException('gone'));
		$this->params += ['source' => 'emails', 'newParticipant' => 'late@example.org'];
		$controller = $this->roomController();
		$controller->expects($this->once())->method('buildResponse')
			->with($this->callback(fn (DataResponse $data): bool => $data->getStatus() === 400 && $data->getData()['error'] === 'new-participant'), 'json')
			->willReturn(new Response());

		$this->assertNotNull($this->dispatch($controller, 'addParticipantToRoom'));
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
		$this->roomsForCaller[self::REGISTERED] = Plans::matchingRoom($this->plan, self::REGISTERED, moderated: false);

		$this->assertNull($this->dispatch($this->recordingController(), 'start'));
	}

	public function testTheMiddlewareAnswersATryAgainThrownByAGuardListenerInsideTalk(): void {
		$controller = $this->roomController();
		$controller->expects($this->once())->method('buildResponse')
			->with($this->callback(fn (DataResponse $data): bool => $data->getStatus() === 400 && $data->getData()['error'] === 'value'), 'json')
			->willReturn(new Response());

		$this->middleware->afterException($controller, 'setPassword', TalkRequestRefusedException::unavailable(self::REGISTERED, 'value'));
	}

	// --- Outside people by other doors: phones, federated users, CSV test runs ---

	/** [source, refused when the plan allows no guests] */
	public static function sources(): array {
		return [
			'e-mail guest' => ['emails', true],
			'phone number (SIP dial-out)' => ['phones', true],
			'user of another server (federation)' => ['federated_users', true],
			'user of this server' => ['users', false],
			'group of this server' => ['groups', false],
			'team' => ['teams', false],
		];
	}

	/** @dataProvider sources */
	public function testOutsidePeopleAreRefusedFromASafeMeetingWithoutGuests(string $source, bool $refused): void {
		$this->noGuestsPlan();
		$this->params += ['source' => $source, 'newParticipant' => 'someone'];
		$controller = $this->roomController();
		$controller->expects($refused ? $this->once() : $this->never())->method('buildResponse')
			->with($this->callback(fn (DataResponse $data): bool => $data->getStatus() === 403 && $data->getData() === ['error' => 'new-participant', 'message' => '[t] This safe meeting does not allow guests.']), 'json')
			->willReturn(new Response());

		$response = $this->dispatch($controller, 'addParticipantToRoom');

		$this->assertSame($refused, $response !== null);
	}

	/** @dataProvider sources */
	public function testOutsidePeopleMayBeAddedWhereThePlanHasGuestsWithPassword(string $source): void {
		$this->params += ['source' => $source];
		$this->joinGuard->method('mayAdd')->willReturn(true); // unlocked

		$this->assertNull($this->dispatch($this->roomController(), 'addParticipantToRoom'));
	}

	/** [testRun as it arrives, whether Talk surely treats it as a test run] */
	public static function csvTestRunValues(): array {
		return [
			'JSON true' => [true, true],
			'form "1"' => ['1', true],
			'form "true"' => ['true', true],
			'absent: a real import' => [null, false],
			'JSON false' => [false, false],
			'"false" (multipart: Nextcloud would even read it as true)' => ['false', false],
			'"0"' => ['0', false],
		];
	}

	/** @dataProvider csvTestRunValues */
	public function testACsvTestRunChangesNothingAndPassesARealImportIsRefused(mixed $testRun, bool $passes): void {
		$this->noGuestsPlan();
		$this->params['testRun'] = $testRun;
		$this->mapper->expects($passes ? $this->never() : $this->once())->method('findByToken');
		$controller = $this->roomController();
		$controller->method('buildResponse')->willReturn(new Response());

		$this->assertSame($passes, $this->dispatch($controller, 'importEmailsAsParticipants') === null);
	}

	// --- Bots ---

	private function botController(): BotController&MockObject {
		return TalkObjects::controller($this, BotController::class, $this->request, ['buildResponse']);
	}

	/** [plan's bots setting (null: a plan from before the setting existed), bot URL, refused] */
	public static function bots(): array {
		return [
			'plan without the setting: default off' => [null, 'https://bots.example.org/hook', true],
			'off' => ['off', 'https://bots.example.org/hook', true],
			'allowed' => ['allowed', 'https://bots.example.org/hook', false],
			'an unknown value allows nothing' => ['sometimes', 'https://bots.example.org/hook', true],
			'our own bot, off' => ['off', 'nextcloudapp://safe_meeting', false],
			'our own bot with a path, off' => ['off', 'nextcloudapp://safe_meeting/lock', false],
			'another app whose id starts like ours' => ['off', 'nextcloudapp://safe_meeting_extra', true],
			'another app bot' => ['off', 'nextcloudapp://call_summary_bot', true],
			'a bot id Talk does not know' => ['off', null, true],
		];
	}

	/** @dataProvider bots */
	public function testEnablingABotIsRefusedWhereThePlanAllowsNone(?string $setting, ?string $url, bool $refused): void {
		if ($setting === null) {
			unset($this->plan['settings']['bots']);
		} else {
			$this->plan['settings']['bots'] = $setting;
		}
		$this->params['botId'] = '7';
		$this->talk->method('botUrl')->with(7)->willReturn($url);
		$controller = $this->botController();
		$controller->expects($refused ? $this->once() : $this->never())->method('buildResponse')
			->with($this->callback(fn (DataResponse $data): bool => $data->getStatus() === 403 && $data->getData() === ['error' => 'bot', 'message' => '[t] This safe meeting does not allow bots.']), 'json')
			->willReturn(new Response());

		$this->assertSame($refused, $this->dispatch($controller, 'enableBot') !== null);
	}

	/** @dataProvider botSettings */
	public function testBridgingTheChatToOtherServicesIsRefusedWhereThePlanAllowsNoBots(string $bots, bool $refused): void {
		$this->plan['settings']['bots'] = $bots;
		$this->params['enabled'] = true;
		$controller = TalkObjects::controller($this, MatterbridgeController::class, $this->request, ['buildResponse']);
		$controller->expects($refused ? $this->once() : $this->never())->method('buildResponse')
			->with($this->callback(fn (DataResponse $data): bool => $data->getStatus() === 403 && $data->getData() === ['error' => 'bridge', 'message' => '[t] This safe meeting does not allow bots, so its chat cannot be bridged to other services.']), 'json')
			->willReturn(new Response());

		$this->assertSame($refused, $this->dispatch($controller, 'editBridgeOfRoom') !== null);
	}

	public static function botSettings(): array {
		return ['bots off' => ['off', true], 'bots allowed' => ['allowed', false]];
	}

	public function testEnablingABotInARoomThatIsNotASafeMeetingDoesNotLoadTalk(): void {
		$this->params = ['token' => self::OTHER, 'botId' => '7'];
		$this->container->expects($this->never())->method('get');

		$this->assertNull($this->dispatch($this->botController(), 'enableBot'));
	}

	public function testDisablingABotIsNeverChecked(): void {
		$this->params['botId'] = '7';
		$this->mapper->expects($this->never())->method('findByToken');

		$this->assertNull($this->dispatch($this->botController(), 'disableBot'));
	}

	// --- Recording: consent as Talk asks it, breakout rooms ---

	public function testARecordingThatNeedsConsentIsRefusedWhereTalkDoesNotAskForIt(): void {
		$this->plan['settings']['recording'] = 'with-consent';
		$this->roomsForCaller[self::REGISTERED] = Plans::matchingRoom($this->plan, self::REGISTERED, override: ['recordingConsent' => 0]);
		$controller = $this->recordingController();
		$controller->expects($this->once())->method('buildResponse')
			->with($this->callback(fn (DataResponse $data): bool => $data->getStatus() === 403 && $data->getData()['error'] === 'recording'
				&& str_contains($data->getData()['message'], 'consent')), 'json')
			->willReturn(new Response());

		$this->assertNotNull($this->dispatch($controller, 'start'));
	}

	public function testABreakoutRoomOfASafeMeetingIsNeverRecorded(): void {
		$this->params['token'] = self::OTHER;
		$this->roomsForCaller[self::OTHER] = Plans::matchingRoom($this->plan, self::OTHER, override: ['breakoutParent' => self::REGISTERED, 'type' => 2]);
		$controller = $this->recordingController();
		$controller->expects($this->once())->method('buildResponse')
			->with($this->callback(fn (DataResponse $data): bool => $data->getStatus() === 403
				&& $data->getData() === ['error' => 'recording', 'message' => '[t] Breakout rooms of a safe meeting cannot be recorded.']), 'json')
			->willReturn(new Response());

		$this->assertNotNull($this->dispatch($controller, 'start'));
	}

	public function testABreakoutRoomOfAnotherRoomMayBeRecorded(): void {
		$this->params['token'] = self::OTHER;
		$this->roomsForCaller[self::OTHER] = Plans::matchingRoom($this->plan, self::OTHER, override: ['breakoutParent' => 'parent99', 'type' => 2]);

		$this->assertNull($this->dispatch($this->recordingController(), 'start'));
	}

	public function testClearingASafeMeetingsChatRemembersItsSharedFilesBeforeTalkDropsTheShares(): void {
		$this->pendingShares->expects($this->once())->method('rememberAll')->with(self::REGISTERED)->willReturn(2);

		$this->assertNull($this->dispatch(TalkObjects::controller($this, ChatController::class, $this->request), 'clearHistory'));
	}

	public function testClearingTheChatOfAnotherRoomRemembersNothing(): void {
		$this->params['token'] = self::OTHER;
		$this->pendingShares->expects($this->never())->method('rememberAll');

		$this->assertNull($this->dispatch(TalkObjects::controller($this, ChatController::class, $this->request), 'clearHistory'));
	}

	public function testAChatWhoseSharedFilesCannotBeRememberedIsNotClearedAndTheModeratorTriesAgain(): void {
		$this->pendingShares->method('rememberAll')->willThrowException(new DBException('gone away'));
		$controller = TalkObjects::controller($this, ChatController::class, $this->request, ['buildResponse']);
		$controller->expects($this->once())->method('buildResponse')
			->with($this->callback(function (DataResponse $data): bool {
				$this->assertSame(400, $data->getStatus());
				$this->assertSame('history', $data->getData()['error']);
				return true;
			}), 'json')
			->willReturn(new Response());

		$this->assertNotNull($this->dispatch($controller, 'clearHistory'));
	}

	public function testTalkIsAskedAboutTheCallersRoomOncePerRequest(): void {
		$this->plan['settings']['recording'] = 'with-consent';
		$this->roomsForCaller[self::REGISTERED] = Plans::matchingRoom($this->plan, self::REGISTERED, override: ['recordingConsent' => 0]);
		$this->talk->expects($this->once())->method('getRoomState');
		$controller = $this->recordingController();
		$controller->method('buildResponse')->willReturn(new Response());

		$this->assertNotNull($this->dispatch($controller, 'start'), 'refused, and the moderator check used the same answer');
	}

	public function testAFailingRoomReadInTalkIsLoggedAndLeftToTalk(): void {
		$this->params['token'] = self::OTHER; // a recording start in any room asks Talk whether it is a breakout room
		$this->talk = $this->createMock(TalkAdapter::class);
		$this->talk->method('getRoomState')->willThrowException(new \RuntimeException('database gone'));
		$this->logger->expects($this->once())->method('error');

		$this->assertNull($this->dispatch($this->recordingController(), 'start'));
	}
}
