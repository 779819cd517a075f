<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Controller;

use OCA\SafeMeeting\Controller\MeetingController;
use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Db\AdmissionMapper;
use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Policy\EffectivePolicyBuilder;
use OCA\SafeMeeting\Policy\ModificationGuard;
use OCA\SafeMeeting\Policy\PlanShape;
use OCA\SafeMeeting\Policy\PlanValidator;
use OCA\SafeMeeting\Policy\PolicyMigration;
use OCA\SafeMeeting\Policy\PolicyValidator;
use OCA\SafeMeeting\Policy\RoomChecker;
use OCA\SafeMeeting\Policy\ServerRoomChecker;
use OCA\SafeMeeting\Service\MyMeetingsService;
use OCA\SafeMeeting\Service\MeetingService;
use OCA\SafeMeeting\Service\PolicyService;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Service\SettingTexts;
use OCA\SafeMeeting\Service\TalkLocator;
use OCA\SafeMeeting\Service\ViolationMessages;
use OCA\SafeMeeting\Talk\RoomMembership;
use OCA\SafeMeeting\Talk\RoomState;
use OCA\SafeMeeting\Talk\RoomOverview;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\SafeMeeting\Talk\TalkMembership;
use OCA\SafeMeeting\Talk\TalkModeration;
use OCA\SafeMeeting\Talk\TalkServerSettings;
use OCA\SafeMeeting\Tests\Support\ArrayCache;
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\RecordingEventDispatcher;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\Talk\Config;
use OCA\Talk\Exceptions\ParticipantNotFoundException;
use OCA\Talk\Exceptions\RoomNotFoundException as TalkRoomNotFoundException;
use OCA\Talk\Manager;
use OCA\Talk\Model\BotServerMapper;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCA\Talk\Service\ParticipantService;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\AppFramework\Http\DataResponse;
use OCP\AppFramework\QueryException;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\App\IAppManager;
use OCP\IGroupManager;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserSession;
use OCP\Security\IHasher;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * The registration flow end to end below HTTP: real policy engine, service and mapper (SQLite);
 * only Talk, the session and the clock are stubbed.
 */
class MeetingControllerTest extends TestCase {
	private const NOW = 1893452400; // an hour before the fixture plan starts

	private SqliteConnection $db;
	private InMemoryAppConfig $appConfig;
	private TalkAdapter&MockObject $talk;
	private TalkModeration&MockObject $moderation;
	/** Who and what Talk says the room already holds: nobody from outside, no bots, unless a test says otherwise. */
	private RoomMembership $membership;
	/** What the container hands out for TalkAdapter::class: the mock, or an exception it throws. */
	private TalkAdapter|\Throwable|null $talkFromContainer = null;
	private bool $talkEnabled = true;
	private ContainerInterface&MockObject $container;
	private ArrayCache $cache;
	private RegisteredRoomLookup $lookup;
	private IUserSession&MockObject $userSession;
	private ?IUser $user;
	private MeetingController $controller;

	protected function setUp(): void {
		$this->db = SqliteConnection::withAppSchema();

		$this->talk = $this->createMock(TalkAdapter::class);
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(self::NOW);
		$groups = $this->createMock(IGroupManager::class);
		$groups->method('getUserGroupIds')->willReturn([]);
		$this->appConfig = new InMemoryAppConfig();
		$policyService = new PolicyService($this->appConfig, $groups, new RecordingEventDispatcher(), new PolicyValidator(), new EffectivePolicyBuilder(), $this->createMock(LoggerInterface::class), new PolicyMigration(), $time);
		$this->cache = new ArrayCache();
		$this->lookup = new RegisteredRoomLookup(new MeetingMapper($this->db), new ArrayCacheFactory($this->cache), $this->createMock(LoggerInterface::class));
		$this->container = $this->createMock(ContainerInterface::class);
		$this->moderation = $this->createMock(TalkModeration::class);
		$this->membership = new RoomMembership([], 0, []);
		$this->container->method('get')->willReturnCallback(function (string $id): object {
			if ($id === TalkModeration::class) {
				return $this->talkFromContainer instanceof \Throwable ? throw $this->talkFromContainer : $this->moderation;
			}
			if ($id === TalkMembership::class) {
				$membership = $this->createMock(TalkMembership::class);
				$membership->method('read')->willReturnCallback(fn (): RoomMembership => $this->membership);
				return $membership;
			}
			$this->assertSame(TalkAdapter::class, $id);
			$talk = $this->talkFromContainer ?? $this->talk;
			if ($talk instanceof \Throwable) {
				throw $talk;
			}
			return $talk;
		});
		$appManager = $this->createMock(IAppManager::class);
		$appManager->method('isEnabledForUser')->willReturnCallback(function (string $app, ?IUser $user = null): bool {
			$this->assertSame('spreed', $app);
			$this->assertSame($this->user, $user);
			return $this->talkEnabled;
		});
		$locator = new TalkLocator($this->container, $appManager, $this->createMock(LoggerInterface::class));
		$service = new MeetingService(new MeetingMapper($this->db), $policyService, new PlanShape(), new PlanValidator(), new RoomChecker(), new ServerRoomChecker(new ModificationGuard()), $locator, $time, $this->createMock(LoggerInterface::class), $this->lookup, new AdmissionMapper($this->db), new ActorMarkMapper($this->db));

		$this->user = $this->userNamed('alice');
		$this->userSession = $this->createMock(IUserSession::class);
		$this->userSession->method('getUser')->willReturnCallback(fn () => $this->user);
		$l10n = new FakeL10N();
		$messages = new ViolationMessages($l10n, new SettingTexts($l10n));
		$overview = new MyMeetingsService($service, $locator, $messages, $time, $this->createMock(LoggerInterface::class));
		$this->controller = new MeetingController($this->createMock(IRequest::class), $this->userSession, $service, $messages, $l10n, $overview);
	}

	private function userNamed(string $uid): IUser {
		$user = $this->createMock(IUser::class);
		$user->method('getUID')->willReturn($uid);
		return $user;
	}

	private function storedCount(): int {
		return (int)$this->db->dbal()->fetchOne('SELECT COUNT(*) FROM oc_safemeet_meetings');
	}

	/** @return list<string> "field: code" */
	private static function violations(DataResponse $response): array {
		return array_map(static fn (array $v): string => "{$v['field']}: {$v['code']}", $response->getData()['violations']);
	}

	public function testRegistersACompliantRoomOfWhichTheCallerIsModerator(): void {
		$plan = Plans::accepted();
		$this->talk->expects($this->once())->method('getRoomState')->with('abcd1234', 'alice', Plans::PASSWORD)->willReturn(Plans::matchingRoom($plan));

		$response = $this->controller->register('abcd1234', $plan, Plans::PASSWORD);

		$this->assertSame(201, $response->getStatus());
		$data = $response->getData();
		$this->assertSame(['id', 'token', 'owner', 'createdAt', 'plan', 'lock'], array_keys($data));
		$this->assertFalse($data['lock']['locked'], 'a new meeting is open');
		$this->assertIsInt($data['id']);
		$this->assertSame('abcd1234', $data['token']);
		$this->assertSame('alice', $data['owner']);
		$this->assertSame(self::NOW, $data['createdAt']);
		$this->assertSame($plan, $data['plan']);
		$this->assertSame(1, $this->storedCount());
	}

	public function testARoomTheGuardsKnewAsUnregisteredIsGuardedRightAfterRegistration(): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturn(Plans::matchingRoom($plan));
		$this->assertNull($this->lookup->planFor('abcd1234'));
		$this->assertSame('', $this->cache->values['plan/abcd1234'] ?? null, 'negative answer cached');

		$this->controller->register('abcd1234', $plan, Plans::PASSWORD);

		// Another request (a fresh lookup sharing the distributed cache) sees the plan, and so does this one.
		$this->assertSame($plan, (new RegisteredRoomLookup(new MeetingMapper($this->db), new ArrayCacheFactory($this->cache), $this->createMock(LoggerInterface::class)))->planFor('abcd1234'));
		$this->assertSame($plan, $this->lookup->planFor('abcd1234'));
	}

	public function testAMalformedPlanIsRefusedWithTranslatedFieldMessagesAndNothingIsStored(): void {
		$plan = Plans::accepted();
		unset($plan['talk']);
		$plan['title'] = 42;
		$plan['extra'] = true;
		$this->talk->expects($this->never())->method('getRoomState');

		$response = $this->controller->register('abcd1234', $plan, Plans::PASSWORD);

		$this->assertSame(400, $response->getStatus());
		$this->assertSame('[t] The meeting plan is not valid.', $response->getData()['message']);
		$this->assertEqualsCanonicalizing(['extra: unknown-key', 'title: wrong-type', 'talk: required'], self::violations($response));
		$this->assertContains(['field' => 'talk', 'code' => 'required', 'message' => '[t] [t] This value is required.'], $response->getData()['violations']);
		$this->assertSame(0, $this->storedCount());
	}

	public function invalidInputs(): array {
		return [
			'no plan' => ['abcd1234', null, ['plan: required']],
			'plan is a string' => ['abcd1234', 'plan', ['plan: wrong-type']],
			'plan is a list' => ['abcd1234', [1, 2], ['plan: wrong-type']],
			'token with capitals' => ['ABCD1234', 'valid', ['token: invalid']],
			'token too short' => ['abc', 'valid', ['token: invalid']],
			'token as number' => [12345678, 'valid', ['token: invalid']],
			'no token' => [null, 'valid', ['token: required']],
		];
	}

	/** @dataProvider invalidInputs */
	public function testInvalidInputIsRefused(mixed $token, mixed $plan, array $expected): void {
		$this->talk->expects($this->never())->method('getRoomState');

		$response = $this->controller->register($token, $plan === 'valid' ? Plans::accepted() : $plan, Plans::PASSWORD);

		$this->assertSame(400, $response->getStatus());
		$this->assertSame($expected, self::violations($response));
		$this->assertSame(0, $this->storedCount());
	}

	public function testAPlanWeakerThanThePolicyIsRefused(): void {
		$plan = Plans::accepted();
		$plan['settings']['recording'] = 'with-consent';
		$plan['settings']['fileRetentionDays'] = 365;
		$this->talk->expects($this->never())->method('getRoomState');

		$response = $this->controller->register('abcd1234', $plan, Plans::PASSWORD);

		$this->assertSame(400, $response->getStatus());
		$this->assertEqualsCanonicalizing(['recording: locked', 'fileRetentionDays: out-of-range'], self::violations($response));
		$this->assertContains(['field' => 'recording', 'code' => 'locked', 'message' => '[t] [t] Recording is locked by your organisation to “[t] Blocked”.'], $response->getData()['violations']);
		$this->assertContains(['field' => 'fileRetentionDays', 'code' => 'out-of-range', 'message' => '[t] [t] Shared files are kept for (days): enter a whole number from 1 to 90.'], $response->getData()['violations']);
		$this->assertSame(0, $this->storedCount());
	}

	// --- What registration checks beyond the policy (what the guards later defend) ---

	public function testAStartInThePastIsRefusedBeyondFiveMinutesOfClockTolerance(): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturn(Plans::matchingRoom($plan));
		[$plan['start'], $plan['end']] = [self::NOW - 301, self::NOW + 3600];

		$response = $this->controller->register('abcd1234', $plan, Plans::PASSWORD);

		$this->assertSame(400, $response->getStatus());
		$this->assertSame(['start: in-past'], self::violations($response));
		$plan['start'] = self::NOW - 300;
		$this->assertSame(201, $this->controller->register('abcd1234', $plan, Plans::PASSWORD)->getStatus());
	}

	public function testNumbersBeyondPhpIntegersAreRefusedWithTheirBoundsNotWrapped(): void {
		// What IRequest hands over for a JSON body with such numbers: floats.
		$plan = array_replace(Plans::accepted(), json_decode('{"start":10000000000000000000,"end":1e300}', true));
		$this->talk->expects($this->never())->method('getRoomState');

		$response = $this->controller->register('abcd1234', $plan, Plans::PASSWORD);

		$this->assertSame(400, $response->getStatus());
		$this->assertSame(['start: out-of-range', 'end: out-of-range'], self::violations($response));
		$this->assertSame('[t] [t] Start: enter a whole number from 0 to 4102444799.', $response->getData()['violations'][0]['message']);
		$this->assertSame(0, $this->storedCount());
	}

	public function testAGuestPasswordShorterThanThePlanSaysIsRefused(): void {
		$plan = Plans::accepted();
		$this->talk->expects($this->never())->method('getRoomState');

		$response = $this->controller->register('abcd1234', $plan, 'x');

		$this->assertSame(400, $response->getStatus());
		$this->assertSame([['field' => 'password', 'code' => 'too-short', 'message' => '[t] The password must have at least 16 characters.']], $response->getData()['violations']);
		$this->assertSame(400, $this->controller->register('abcd1234', $plan, null)->getStatus(), 'a guest meeting without a password');
		$this->assertSame(['password: wrong-type'], self::violations($this->controller->register('abcd1234', $plan, ['x'])));
		$this->assertSame(0, $this->storedCount());
	}

	public function testAPasswordThatIsNotTheRoomsGuestPasswordIsRefused(): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturn(Plans::matchingRoom($plan, override: ['passwordMatches' => false]));

		$response = $this->controller->register('abcd1234', $plan, 'a different long password');

		$this->assertSame(400, $response->getStatus());
		$this->assertSame([['field' => 'room', 'code' => 'password-mismatch', 'message' => '[t] The password sent is not the guest password of the conversation.']], $response->getData()['violations']);
		$this->assertSame(0, $this->storedCount());
	}

	public function testAMeetingWithoutGuestsNeedsNoPassword(): void {
		$plan = Plans::named('accepted: no guests');
		$this->talk->method('getRoomState')->willReturn(Plans::matchingRoom($plan));

		$this->assertSame(201, $this->controller->register('abcd1234', $plan)->getStatus());
	}

	public function testDialInWithoutPinIsRefusedUnderAPlanThatAllowsDialInWithPin(): void {
		$this->appConfig->values['safe_meeting']['sip_dial_in'] = '{"default":"off","threshold":"allowed","locked":false}';
		$plan = Plans::accepted();
		$plan['settings']['sipDialIn'] = 'allowed';
		$plan['talk']['sipEnabled'] = 1;
		$this->talk->method('getRoomState')->willReturnOnConsecutiveCalls(
			Plans::matchingRoom($plan, override: ['sipEnabled' => 2]),
			Plans::matchingRoom($plan, override: ['sipEnabled' => 1]),
		);

		$response = $this->controller->register('abcd1234', $plan, Plans::PASSWORD);

		$this->assertSame(400, $response->getStatus());
		$this->assertSame(['room: sip'], self::violations($response));
		$this->assertSame(201, $this->controller->register('abcd1234', $plan, Plans::PASSWORD)->getStatus());
	}

	public function testACallerWhoDoesNotModerateTheRoomIsForbidden(): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturn(Plans::matchingRoom($plan, moderated: false));

		$response = $this->controller->register('abcd1234', $plan, Plans::PASSWORD);

		$this->assertSame(403, $response->getStatus());
		$this->assertSame(['message' => '[t] Only a moderator of the conversation can register it as a safe meeting.'], $response->getData());
		$this->assertSame(0, $this->storedCount());
	}

	public function testAMissingRoomIsNotFound(): void {
		$this->talk->method('getRoomState')->willReturn(null);

		$response = $this->controller->register('abcd1234', Plans::accepted(), Plans::PASSWORD);

		$this->assertSame(404, $response->getStatus());
		$this->assertSame(['message' => '[t] Conversation not found.'], $response->getData());
		$this->assertSame(0, $this->storedCount());
	}

	public function testARoomThatDoesNotMatchThePlanIsRefusedWithTheFindings(): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturn(Plans::matchingRoom($plan, override: ['lobbyState' => 0, 'listable' => 1]));

		$response = $this->controller->register('abcd1234', $plan, Plans::PASSWORD);

		$this->assertSame(400, $response->getStatus());
		$this->assertSame('[t] The conversation does not match the meeting plan.', $response->getData()['message']);
		$this->assertEqualsCanonicalizing(['room: lobby', 'room: listable'], self::violations($response));
		$this->assertContains(['field' => 'room', 'code' => 'lobby', 'message' => '[t] The lobby is not enabled.'], $response->getData()['violations']);
		$this->assertSame(0, $this->storedCount());
	}

	/** What only the server sees of a room (ServerRoomChecker): [room override, finding code, message] */
	public static function roomsOnlyTheServerSeesAsWeak(): array {
		return [
			'participants may ignore the lobby (room or server default permissions)' => [['defaultPermissions' => 254], 'lobby-bypass', 'Participants may skip the lobby'],
			'Talk 24: react and ignore the lobby' => [['defaultPermissions' => 256 | 8 | 1], 'lobby-bypass', 'Participants may skip the lobby'],
			'breakout rooms configured' => [['breakoutRoomMode' => 1], 'breakout-rooms', 'breakout rooms'],
			'a breakout room' => [['breakoutParent' => 'parent01', 'type' => 2], 'breakout-room', 'Breakout rooms cannot be safe meetings'],
			'a room hosted on another server' => [['federated' => true], 'federated', 'hosted on another server'],
		];
	}

	/** @dataProvider roomsOnlyTheServerSeesAsWeak */
	public function testARoomWeakerThanThePlanInWaysOnlyTheServerSeesIsNotRegistered(array $override, string $code, string $message): void {
		$plan = Plans::named('accepted: no guests');
		$this->talk->method('getRoomState')->willReturn(Plans::matchingRoom($plan, override: $override));

		$response = $this->controller->register('abcd1234', $plan);

		$this->assertSame(400, $response->getStatus());
		$this->assertSame(['room: ' . $code], self::violations($response));
		$this->assertStringContainsString($message, $response->getData()['violations'][0]['message']);
		$this->assertSame(0, $this->storedCount());
	}

	/** What a moderator added before registering (TalkMembership): [plan, membership, finding code, message] */
	public static function membershipsWeakerThanThePlan(): array {
		return [
			'an e-mail guest where the plan allows none' => ['accepted: no guests', new RoomMembership(['emails'], 0, []), 'outside-participants', 'allows no guests'],
			'a phone number and a user of another server' => ['accepted: no guests', new RoomMembership(['phones', 'federated_users'], 0, []), 'outside-participants', 'phone numbers'],
			'a participant allowed to skip the lobby' => ['accepted: guest link with password', new RoomMembership([], 1, []), 'attendee-lobby-bypass', 'skip the lobby by their own permissions'],
			'a webhook bot where the plan allows none' => ['accepted: guest link with password', new RoomMembership([], 0, ['nextcloudapp://safe_meeting', 'https://bots.example.org/hook']), 'bots', 'Bots are enabled'],
		];
	}

	/** @dataProvider membershipsWeakerThanThePlan */
	public function testARoomHoldingWhatThePlanForbidsIsNotRegistered(string $planName, RoomMembership $membership, string $code, string $message): void {
		$plan = Plans::named($planName);
		$this->talk->method('getRoomState')->willReturn(Plans::matchingRoom($plan));
		$this->membership = $membership;

		$response = $this->controller->register('abcd1234', $plan, $plan['talk']['roomType'] === 3 ? Plans::PASSWORD : null);

		$this->assertSame(400, $response->getStatus());
		$this->assertSame(['room: ' . $code], self::violations($response));
		$this->assertStringContainsString($message, $response->getData()['violations'][0]['message']);
		$this->assertSame(0, $this->storedCount());
	}

	public function testGuestsAndOurOwnBotAreWhatAPlanWithGuestsAllows(): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturn(Plans::matchingRoom($plan));
		$this->membership = new RoomMembership(['emails'], 0, ['nextcloudapp://safe_meeting']);

		$this->assertSame(201, $this->controller->register('abcd1234', $plan, Plans::PASSWORD)->getStatus());
	}

	public function testTalk24DefaultPermissionsWithoutIgnoringTheLobbyRegister(): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturn(Plans::matchingRoom($plan, override: ['defaultPermissions' => 502]));

		$this->assertSame(201, $this->controller->register('abcd1234', $plan, Plans::PASSWORD)->getStatus());
	}

	public function testRegisteringTheSameRoomTwiceIsAConflict(): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturn(Plans::matchingRoom($plan));
		$this->assertSame(201, $this->controller->register('abcd1234', $plan, Plans::PASSWORD)->getStatus());

		$response = $this->controller->register('abcd1234', $plan, Plans::PASSWORD);

		$this->assertSame(409, $response->getStatus());
		$this->assertSame(['message' => '[t] This conversation is already registered as a safe meeting.'], $response->getData());
		$this->assertSame(1, $this->storedCount());
	}

	public function testListsOnlyTheCallersMeetings(): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturnCallback(static fn (string $token) => Plans::matchingRoom($plan, $token));
		$this->controller->register('abcd1234', $plan, Plans::PASSWORD);
		$this->user = $this->userNamed('bob');
		$this->controller->register('bobs5678', $plan, Plans::PASSWORD);
		$this->user = $this->userNamed('alice');
		$this->controller->register('efgh5678', $plan, Plans::PASSWORD);

		$this->talk->method('getRoomOverviews')->willReturnCallback(static fn (array $tokens) => array_combine($tokens, array_map(
			static fn (string $token) => new RoomOverview(Plans::matchingRoom($plan, $token), 3, false),
			$tokens,
		)));

		$response = $this->controller->list();

		$this->assertSame(200, $response->getStatus());
		// The same start: in the order they were registered.
		$this->assertSame(['abcd1234', 'efgh5678'], array_column($response->getData()['meetings'], 'token'));
		$this->assertSame(['alice', 'alice'], array_column($response->getData()['meetings'], 'owner'));
		$this->assertSame($plan, $response->getData()['meetings'][0]['plan']);
		$this->assertSame(
			['room' => 'present', 'moderator' => true, 'participants' => 3, 'guestLink' => true, 'lobby' => true, 'callActive' => false, 'findings' => []],
			$response->getData()['meetings'][0]['status'],
		);
		$this->assertNull($response->getData()['nextCursor']);
	}

	public function pagingCases(): array {
		return [
			'cursor not a position' => ['x', 50],
			'cursor with a fourth phase' => ['1893452400.3.0.1', 50],
			'cursor not a string' => [['1893452400.1.0.1'], 50],
			'limit 0' => ['', 0],
			'limit above a page' => ['', 51],
		];
	}

	/** @dataProvider pagingCases */
	public function testMalformedCursorsAndLimitsOutOfRangeAreRefused(mixed $cursor, mixed $limit): void {
		$response = $this->controller->list($cursor, $limit);

		$this->assertSame(400, $response->getStatus());
		$this->assertSame(['message' => '[t] The page position is not valid, or the limit is not between 1 and 50.'], $response->getData());
	}

	public function testPagesThroughTheMeetings(): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturnCallback(static fn (string $token) => Plans::matchingRoom($plan, $token));
		foreach (['aaaa1111', 'bbbb2222', 'cccc3333'] as $token) {
			$this->assertSame(201, $this->controller->register($token, $plan, Plans::PASSWORD)->getStatus());
		}
		$this->talk->method('getRoomOverviews')->willReturn([]);
		$this->talk->method('roomExists')->willReturn(true);

		$first = $this->controller->list('', 2)->getData();
		$second = $this->controller->list($first['nextCursor'], '2')->getData();

		// The same start: in the order they were registered.
		$this->assertSame(['aaaa1111', 'bbbb2222'], array_column($first['meetings'], 'token'));
		$this->assertSame(['cccc3333'], array_column($second['meetings'], 'token'));
		$this->assertNull($second['nextCursor']);
	}

	public function testRemovingAnEntryOfTheFirstPageSkipsNoMeetingOfTheNext(): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturnCallback(static fn (string $token) => Plans::matchingRoom($plan, $token));
		foreach (['aaaa1111', 'bbbb2222', 'cccc3333', 'dddd4444'] as $token) {
			$this->assertSame(201, $this->controller->register($token, $plan, Plans::PASSWORD)->getStatus());
		}
		$this->talk->method('getRoomOverviews')->willReturn([]);
		$this->talk->method('roomExists')->willReturnCallback(static fn (string $token): bool => $token !== 'aaaa1111');

		$first = $this->controller->list('', 2)->getData();
		$this->assertSame(200, $this->controller->remove('aaaa1111')->getStatus());
		$second = $this->controller->list($first['nextCursor'], 2)->getData();

		$this->assertSame(['aaaa1111', 'bbbb2222'], array_column($first['meetings'], 'token'));
		$this->assertSame(['cccc3333', 'dddd4444'], array_column($second['meetings'], 'token'));
	}

	// --- Removing the entry of a conversation that is gone ---

	private function registerAsAlice(string $token = 'abcd1234'): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturn(Plans::matchingRoom($plan, $token));
		$this->assertSame(201, $this->controller->register($token, $plan, Plans::PASSWORD)->getStatus());
	}

	public function testTheOwnerRemovesTheEntryOfADeletedConversation(): void {
		$this->registerAsAlice();
		$this->assertArrayHasKey('plan/abcd1234', $this->cache->values);
		$this->talk->expects($this->once())->method('roomExists')->with('abcd1234')->willReturn(false);

		$response = $this->controller->remove('abcd1234');

		$this->assertSame(200, $response->getStatus());
		$this->assertSame(['token' => 'abcd1234'], $response->getData());
		// Gone from the list and the guards; the row stays, marked, until retention has deleted its files.
		$this->assertNotNull($this->db->dbal()->fetchOne("SELECT room_deleted_at FROM oc_safemeet_meetings WHERE token = 'abcd1234'"));
		$this->assertSame([], $this->controller->list()->getData()['meetings']);
		$this->assertNull((new RegisteredRoomLookup(new MeetingMapper($this->db), new ArrayCacheFactory($this->cache), $this->createMock(LoggerInterface::class)))->planFor('abcd1234'));
	}

	public function testAnEntryWhoseConversationStillExistsStays(): void {
		$this->registerAsAlice();
		$this->talk->method('roomExists')->willReturn(true);

		$response = $this->controller->remove('abcd1234');

		$this->assertSame(409, $response->getStatus());
		$this->assertSame(['message' => '[t] The conversation still exists. Its safe meeting stays registered so that it stays protected.'], $response->getData());
		$this->assertSame(1, $this->storedCount());
	}

	public function testSomeoneElsesEntryLooksLikeAMissingOne(): void {
		$this->registerAsAlice();
		$this->talk->expects($this->never())->method('roomExists');
		$this->user = $this->userNamed('mallory');

		$foreign = $this->controller->remove('abcd1234');
		$missing = $this->controller->remove('zzzz9999');

		$this->assertSame(404, $foreign->getStatus());
		$this->assertSame(['message' => '[t] Safe meeting not found.'], $foreign->getData());
		$this->assertSame([$foreign->getStatus(), $foreign->getData()], [$missing->getStatus(), $missing->getData()]);
		$this->assertSame(1, $this->storedCount());
	}

	public function testWithoutTalkNothingIsRemoved(): void {
		$this->registerAsAlice();
		$this->talkEnabled = false;

		$this->assertSame(412, $this->controller->remove('abcd1234')->getStatus());
		$this->assertSame(1, $this->storedCount());
	}

	public function testRemovingNeedsALogin(): void {
		$this->registerAsAlice();
		$this->user = null;

		$this->assertSame(401, $this->controller->remove('abcd1234')->getStatus());
		$this->assertSame(1, $this->storedCount());
	}

	public function testListsMeetingsTheCallerModeratesInTalkWithoutAQueryPerMeeting(): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturnCallback(static fn (string $token) => Plans::matchingRoom($plan, $token));
		$this->user = $this->userNamed('bob');
		$this->controller->register('bobs5678', $plan, Plans::PASSWORD);
		$this->controller->register('bobs9999', $plan, Plans::PASSWORD);
		$this->user = $this->userNamed('alice');
		$this->controller->register('abcd1234', $plan, Plans::PASSWORD);
		// Talk says alice moderates one of bob's rooms, her own, and a room that is no safe meeting.
		$this->moderation->expects($this->once())->method('moderatedRoomTokens')->with('alice')->willReturn(['bobs9999', 'abcd1234', 'plain000']);

		$response = $this->controller->list();

		$this->assertSame(['bobs9999', 'abcd1234'], array_column($response->getData()['meetings'], 'token'), 'the same start: in the order they were registered');
		$this->assertSame(['bob', 'alice'], array_column($response->getData()['meetings'], 'owner'));
		$this->assertSame(['id', 'token', 'owner', 'createdAt', 'plan', 'lock', 'status'], array_keys($response->getData()['meetings'][0]), 'as openapi.json\'s ListedMeeting');
	}

	public function testAnonymousCallersGet401(): void {
		$this->user = null;
		$this->assertSame(401, $this->controller->list()->getStatus());
		$this->assertSame(401, $this->controller->register('abcd1234', Plans::accepted(), Plans::PASSWORD)->getStatus());
	}

	public function routes(): array {
		return [
			'register' => ['register', 'POST', '/api/v1/meetings'],
			'list' => ['list', 'GET', '/api/v1/meetings'],
			'remove' => ['remove', 'DELETE', '/api/v1/meetings/{token}'],
		];
	}

	/** @dataProvider routes */
	public function testRoutesAreOpenToEveryLoggedInUser(string $method, string $verb, string $url): void {
		$reflection = new \ReflectionMethod(MeetingController::class, $method);
		$routes = $reflection->getAttributes(ApiRoute::class);
		$this->assertCount(1, $routes);
		$this->assertSame(['verb' => $verb, 'url' => $url], $routes[0]->newInstance()->toArray());
		$this->assertCount(1, $reflection->getAttributes(NoAdminRequired::class));
	}

	public function testRegistrationIsRateLimitedPerUser(): void {
		$limits = (new \ReflectionMethod(MeetingController::class, 'register'))->getAttributes(UserRateLimit::class);

		$this->assertCount(1, $limits);
		$limit = $limits[0]->newInstance();
		$this->assertSame([20, 600], [$limit->getLimit(), $limit->getPeriod()]);
	}

	// --- Without Talk ---

	public function testTheListWorksWhileTalkIsDisabled(): void {
		$plan = Plans::accepted();
		$this->talk->method('getRoomState')->willReturn(Plans::matchingRoom($plan));
		$this->controller->register('abcd1234', $plan, Plans::PASSWORD);
		$this->talkEnabled = false;
		$this->talkFromContainer = new QueryException('OCA\\Talk\\Manager not found');

		$response = $this->controller->list();

		$this->assertSame(200, $response->getStatus());
		$this->assertSame(['abcd1234'], array_column($response->getData()['meetings'], 'token'));
		$this->assertSame(['unknown', []], [$response->getData()['meetings'][0]['status']['room'], $response->getData()['meetings'][0]['status']['findings']], 'nothing to find without Talk');
	}

	// --- Findings the server computes, delivered with the list ---

	/** @param array<string, array|null> $overrides token => how the room differs from its plan now (null: gone) */
	private function registerThenChange(array $overrides, ?array $plan = null): void {
		$plan ??= Plans::accepted();
		$now = [];
		$this->talk->method('getRoomState')->willReturnCallback(function (string $token) use ($plan, &$now): ?RoomState {
			return array_key_exists($token, $now) && $now[$token] === null ? null : Plans::matchingRoom($plan, $token, override: $now[$token] ?? []);
		});
		$this->talk->method('getRoomOverviews')->willReturnCallback(function (array $tokens) use ($plan, &$now): array {
			$present = array_values(array_filter($tokens, static fn (string $token): bool => !array_key_exists($token, $now) || $now[$token] !== null));
			return array_combine($present, array_map(static fn (string $token) => new RoomOverview(Plans::matchingRoom($plan, $token, override: $now[$token] ?? []), 2, false), $present));
		});
		foreach (array_keys($overrides) as $token) {
			$this->assertSame(201, $this->controller->register($token, $plan, Plans::PASSWORD)->getStatus());
		}
		$now = $overrides;
	}

	/** @return array<string, list<array{field: string, code: string, message: string}>> */
	private function listedFindings(): array {
		return array_map(static fn (array $status): array => $status['findings'], array_column($this->controller->list()->getData()['meetings'], 'status', 'token'));
	}

	public function testTheListCarriesWhatTheServerFindsAfterServerWideSettingsChanged(): void {
		$this->registerThenChange([
			'abcd1234' => [],
			'efgh5678' => ['defaultPermissions' => 254], // the admin's default_permissions now ignore the lobby
			'ijkl9012' => ['forced' => ['listable' => 2]], // Talk 24: an admin forces listing
		]);

		$meetings = $this->listedFindings();

		$this->assertSame([], $meetings['abcd1234']);
		$this->assertSame(['lobby-bypass'], array_column($meetings['efgh5678'], 'code'));
		$this->assertStringContainsString('skip the lobby', $meetings['efgh5678'][0]['message']);
		$this->assertSame(['forced-setting'], array_column($meetings['ijkl9012'], 'code'));
		$this->assertStringContainsString('"[t] listing"', $meetings['ijkl9012'][0]['message']);
	}

	/**
	 * A "with consent" meeting registered while the server asked everyone; the admin then set
	 * `recording_consent` to "never" (or to "each conversation decides" with the room's own value off):
	 * Talk's effective consent is 0, and the list says so.
	 */
	public function testTheListSaysWhenTheServerNoLongerAsksForRecordingConsent(): void {
		$plan = Plans::accepted();
		$plan['settings']['recording'] = 'with-consent';
		$meeting = new Meeting();
		$meeting->setToken('abcd1234');
		$meeting->setOwnerUid('alice');
		$meeting->setPlan(json_encode($plan));
		$meeting->setCreatedAt(self::NOW);
		(new MeetingMapper($this->db))->insert($meeting); // registered under a policy that allowed recording
		$this->talk->method('getRoomOverviews')->willReturn(['abcd1234' => new RoomOverview(Plans::matchingRoom($plan, override: ['recordingConsent' => 0]), 2, false)]);

		$findings = $this->listedFindings()['abcd1234'];

		$this->assertSame(['recording-consent'], array_column($findings, 'code'));
		$this->assertSame('[t] Participants are not asked for consent before a recording.', $findings[0]['message']);
	}

	public function testARoomTheOwnerNoLongerSeesHasNoServerFindings(): void {
		$this->registerThenChange(['abcd1234' => null]);
		$this->talk->method('roomExists')->willReturn(false);

		$this->assertSame(['missing', []], array_values(array_intersect_key($this->controller->list()->getData()['meetings'][0]['status'], ['room' => 1, 'findings' => 1])));
	}

	public function testAFailingCheckLeavesTheListIntact(): void {
		$this->registerThenChange(['abcd1234' => []]);
		$this->talkFromContainer = $this->createMock(TalkAdapter::class);
		$this->talkFromContainer->method('getRoomOverviews')->willThrowException(new \RuntimeException('database gone'));

		$response = $this->controller->list();

		$this->assertSame(200, $response->getStatus());
		$this->assertSame(['unknown', []], [$response->getData()['meetings'][0]['status']['room'], $response->getData()['meetings'][0]['status']['findings']]);
	}

	public function testRegisteringWhileTalkIsDisabledIsAPreconditionFailureAndTalkIsNotLoaded(): void {
		$this->talkEnabled = false;
		$this->container->expects($this->never())->method('get');

		$response = $this->controller->register('abcd1234', Plans::accepted(), Plans::PASSWORD);

		$this->assertSame(412, $response->getStatus());
		$this->assertSame(['message' => '[t] Nextcloud Talk is not available.'], $response->getData());
		$this->assertSame(0, $this->storedCount());
	}

	public function testRegisteringWhenTalkIsEnabledButCannotBeLoadedIsAPreconditionFailure(): void {
		$this->talkFromContainer = new QueryException('Could not resolve OCA\\Talk\\Manager');

		$response = $this->controller->register('abcd1234', Plans::accepted(), Plans::PASSWORD);

		$this->assertSame(412, $response->getStatus());
		$this->assertSame(['message' => '[t] Nextcloud Talk is not available.'], $response->getData());
		$this->assertSame(0, $this->storedCount());
	}

	// --- Who learns what about a token (through the real adapter; only Talk's services are faked) ---

	/** @param 'missing'|'not a participant'|'participant'|'moderator' $relation */
	private function talkWhereAliceIs(string $relation, array $plan): void {
		$state = Plans::matchingRoom($plan);
		$room = TalkObjects::room($this, ['token' => 'abcd1234', 'type' => $state->type, 'password' => 'hash:' . Plans::PASSWORD, 'listable' => 0, 'lobbyState' => 1, 'lobbyTimer' => null,
			'messageExpiration' => $state->messageExpiration, 'sipEnabled' => $state->sipEnabled, 'callRecording' => 0, 'recordingConsent' => 0, 'description' => $state->description]);
		$manager = $this->createMock(Manager::class);
		$participants = $this->createMock(ParticipantService::class);
		if ($relation === 'missing') {
			$manager->method('getRoomForUserByToken')->willThrowException(new TalkRoomNotFoundException());
		} else {
			$manager->method('getRoomForUserByToken')->willReturn($room);
		}
		match ($relation) {
			'not a participant' => $participants->method('getParticipant')->willThrowException(new ParticipantNotFoundException()),
			'participant' => $participants->method('getParticipant')->willReturn(TalkObjects::participant($room, Participant::USER)),
			'moderator' => $participants->method('getParticipant')->willReturn(TalkObjects::participant($room, Participant::MODERATOR)),
			default => null,
		};
		$hasher = $this->createMock(IHasher::class);
		$hasher->method('verify')->willReturnCallback(static fn (string $password, string $hash): bool => $hash === 'hash:' . $password);
		$this->talkFromContainer = new TalkAdapter($manager, $participants, new TalkServerSettings($this->createMock(Config::class), new InMemoryAppConfig()), $this->createMock(BotServerMapper::class), $hasher);
	}

	public function testAPublicRoomTheCallerIsNoParticipantOfLooksExactlyLikeAMissingOne(): void {
		$plan = Plans::accepted();
		$this->talkWhereAliceIs('missing', $plan);
		$missing = $this->controller->register('abcd1234', $plan, Plans::PASSWORD);
		$this->talkWhereAliceIs('not a participant', $plan);
		$notParticipant = $this->controller->register('abcd1234', $plan, Plans::PASSWORD);

		$this->assertSame(404, $missing->getStatus());
		$this->assertSame(['message' => '[t] Conversation not found.'], $missing->getData());
		$this->assertSame([$missing->getStatus(), $missing->getData()], [$notParticipant->getStatus(), $notParticipant->getData()]);
		$this->assertSame(0, $this->storedCount());
	}

	public function testAParticipantWhoIsNoModeratorIsForbiddenAndAModeratorRegisters(): void {
		$plan = Plans::accepted();
		$this->talkWhereAliceIs('participant', $plan);
		$this->assertSame(403, $this->controller->register('abcd1234', $plan, Plans::PASSWORD)->getStatus());

		$this->talkWhereAliceIs('moderator', $plan);
		$this->assertSame(201, $this->controller->register('abcd1234', $plan, Plans::PASSWORD)->getStatus());
	}
}
