<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Service;

use OCA\SafeMeeting\Controller\NoticePageController;
use OCA\SafeMeeting\Exception\TalkUnavailableException;
use OCA\SafeMeeting\Listener\PrivacyNoticeJoinListener;
use OCA\SafeMeeting\Middleware\PrivacyNoticeMiddleware;
use OCA\SafeMeeting\Policy\DefaultPolicy;
use OCA\SafeMeeting\Service\PageAssets;
use OCA\SafeMeeting\Service\PolicyService;
use OCA\SafeMeeting\Service\PrivacyNoticeGate;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Service\TalkLocator;
use OCA\SafeMeeting\Talk\TalkJoins;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\Talk\Controller\PageController as TalkPageController;
use OCA\Talk\Controller\RoomController;
use OCA\Talk\Events\BeforeGuestJoinedRoomEvent;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\Attribute\AnonRateLimit;
use OCP\AppFramework\Http\Attribute\BruteForceProtection;
use OCP\AppFramework\Http\Attribute\FrontpageRoute;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Http\Attribute\OpenAPI;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\AppFramework\Http\Attribute\UseSession;
use OCP\AppFramework\Http\RedirectResponse;
use OCP\AppFramework\OCS\OCSForbiddenException;
use OCP\AppFramework\Services\IInitialState;
use OCP\EventDispatcher\Event;
use OCP\IRequest;
use OCP\ISession;
use OCP\IURLGenerator;
use OCP\IUserSession;
use OCP\L10N\IFactory;
use PHPUnit\Framework\TestCase;

/**
 * The privacy notice before joining: the gate, the notice page, the redirect for browsers and the join
 * guard for every client, all against one guest session and one registered safe meeting. E-mail guests
 * keep their personal link (`email`, `access`) all the way round.
 */
class PrivacyNoticeGateTest extends TestCase {
	private const TOKEN = 'safe0001';
	/** What Talk mails an e-mail guest: `/call/{token}?email=…&access=…` (access: 64 human-readable characters). */
	private const PERSONAL = ['email' => 'guest@example.org', 'access' => 'aB3dEfGh2JkLmNpQrStWxYz23456789abcdefgijkmnopqrstwxyzABCDEFGHJKL'];
	private const PERSONAL_QUERY = '?email=guest%40example.org&access=aB3dEfGh2JkLmNpQrStWxYz23456789abcdefgijkmnopqrstwxyzABCDEFGHJKL';

	/** @var array<string, mixed> the guest's PHP session */
	private array $session = [];
	private array $plan;
	private array $policy;
	private string $requestUri = '/ocs/v2.php/apps/spreed/api/v4/room/safe0001/participants/active';
	private bool $loggedIn = false;
	/** Whether Talk's session says this browser came with an e-mail guest's personal link; null: Talk unavailable. */
	private ?bool $personalLinkGuest = false;
	/** @var array<string, mixed> initial state the page provided */
	private array $initialState = [];

	protected function setUp(): void {
		$this->plan = Plans::accepted();
		$this->plan['settings']['requirePrivacyNotice'] = 'required';
		$this->policy = DefaultPolicy::get();
	}

	private function gate(): PrivacyNoticeGate {
		$rooms = $this->createMock(RegisteredRoomLookup::class);
		$rooms->method('planFor')->willReturnCallback(fn (string $token): ?array => $token === self::TOKEN ? $this->plan : null);
		$policy = $this->createMock(PolicyService::class);
		$policy->method('getOrganisationPolicy')->willReturnCallback(fn (): array => $this->policy);
		$session = $this->createMock(ISession::class);
		$session->method('get')->willReturnCallback(fn (string $key) => $this->session[$key] ?? null);
		$session->method('set')->willReturnCallback(function (string $key, $value): void {
			$this->session[$key] = $value;
		});
		return new PrivacyNoticeGate($rooms, $policy, $session);
	}

	private function request(array $params = []): IRequest {
		$request = $this->createMock(IRequest::class);
		$request->method('getRequestUri')->willReturnCallback(fn (): string => $this->requestUri);
		$request->method('getParam')->willReturnCallback(static fn (string $key, $default = null) => $params[$key] ?? $default);
		return $request;
	}

	private function urls(): IURLGenerator {
		$urls = $this->createMock(IURLGenerator::class);
		// As Nextcloud's router: parameters the route's path does not name become the query.
		$urls->method('linkToRoute')->willReturnCallback(static fn (string $route, array $args = []): string => match ($route) {
			'safe_meeting.noticePage.show' => '/index.php/apps/safe_meeting/m/',
			'spreed.Page.showCall' => '/index.php/call/',
		} . $args['token'] . (count($args) > 1 ? '?' . http_build_query(array_diff_key($args, ['token' => true])) : ''));
		$urls->method('linkToRouteAbsolute')->willReturnCallback(static fn (string $route, array $args = []): string => 'https://cloud.example.org/index.php/apps/safe_meeting/m/' . $args['token']);
		return $urls;
	}

	private function page(): NoticePageController {
		$state = $this->createMock(IInitialState::class);
		$state->method('provideInitialState')->willReturnCallback(function (string $key, $value): void {
			$this->initialState[$key] = $value;
		});
		return new NoticePageController($this->request(), $this->gate(), $state, $this->createMock(PageAssets::class), $this->urls(), new FakeL10N());
	}

	private function join(string $token = self::TOKEN): void {
		$l10n = $this->createMock(IFactory::class);
		$l10n->method('get')->willReturn(new FakeL10N());
		$room = TalkObjects::room($this, ['token' => $token]);
		(new PrivacyNoticeJoinListener($this->request(), $this->gate(), $this->urls(), $l10n, $this->talk()))->handle(new BeforeGuestJoinedRoomEvent($room, 'password', false));
	}

	private function talk(): TalkLocator {
		$joins = $this->createMock(TalkJoins::class);
		$joins->method('cameWithPersonalLink')->willReturnCallback(fn (string $token): bool => $token === self::TOKEN && $this->personalLinkGuest === true);
		$talk = $this->createMock(TalkLocator::class);
		$talk->method('get')->with(TalkJoins::class)->willReturnCallback(fn () => $this->personalLinkGuest === null ? throw new TalkUnavailableException('Talk is not enabled') : $joins);
		return $talk;
	}

	/** @param array<string, mixed> $query what the link carries besides the token */
	private function openTalkLink(?Controller $controller = null, array $query = []): ?RedirectResponse {
		$users = $this->createMock(IUserSession::class);
		$users->method('isLoggedIn')->willReturnCallback(fn (): bool => $this->loggedIn);
		$middleware = new PrivacyNoticeMiddleware($this->request(['token' => self::TOKEN] + $query), $users, $this->gate(), $this->urls());
		$controller ??= $this->getMockBuilder(TalkPageController::class)->disableOriginalConstructor()->getMock();
		try {
			$middleware->beforeController($controller, 'showCall');
			return null;
		} catch (\Exception $e) {
			$response = $middleware->afterException($controller, 'showCall', $e);
			$this->assertInstanceOf(RedirectResponse::class, $response);
			return $response;
		}
	}

	public function testAGuestWhoSkippedTheNoticeIsRefusedWithALinkToIt(): void {
		try {
			$this->join();
			$this->fail('the guest got in');
		} catch (OCSForbiddenException $e) {
			$this->assertSame(403, $e->getCode());
			$this->assertSame('[t] Please read the privacy notice of this meeting first: https://cloud.example.org/index.php/apps/safe_meeting/m/safe0001', $e->getMessage());
		}
	}

	public function testABrowserOpeningTheTalkLinkIsSentToTheNoticePageFirst(): void {
		$this->assertSame('/index.php/apps/safe_meeting/m/safe0001', $this->openTalkLink()?->getRedirectURL());
	}

	public function testAGuestWhoReadTheNoticeOnThePageGetsIn(): void {
		$this->page()->show(self::TOKEN);
		$this->assertSame(['found' => true, 'token' => self::TOKEN, 'title' => 'Board meeting', 'notice' => $this->policy['privacyNotice'], 'required' => true, 'read' => false, 'talkUrl' => '/index.php/call/safe0001', 'personalLink' => null], $this->initialState['notice']);

		$read = $this->page()->read(self::TOKEN, '1');

		$this->assertSame(['talkUrl' => '/index.php/call/safe0001'], $read->getData());
		$this->assertNull($this->openTalkLink());
		$this->join();
		$this->assertSame([self::TOKEN => '1'], $this->session[PrivacyNoticeGate::SESSION_KEY], 'only the token and version, in the session');
	}

	public function testANewVersionOfTheNoticeMustBeReadAgain(): void {
		$this->page()->read(self::TOKEN, '1');
		$this->policy['privacyNotice']['version'] = '2';

		$this->assertNotNull($this->openTalkLink());
		$stale = $this->page()->read(self::TOKEN, '1');
		$this->assertSame(409, $stale->getStatus());
		$this->assertSame('2', $stale->getData()['notice']['version']);
		$this->expectException(OCSForbiddenException::class);
		$this->join();
	}

	public function testNothingIsRequiredWhereThePlanLeavesTheNoticeOptional(): void {
		$this->plan['settings']['requirePrivacyNotice'] = 'optional';
		$this->join();
		$this->assertNull($this->openTalkLink());
		$this->page()->show(self::TOKEN);
		$this->assertFalse($this->initialState['notice']['required']);
	}

	public function testAPlanFromBeforeTheSettingFollowsThePolicyAndAPolicyWithoutItIsOptional(): void {
		unset($this->plan['settings']['requirePrivacyNotice']);
		$this->join();
		$this->assertNull($this->openTalkLink(), 'neither plan nor policy has the setting: optional');

		$this->policy['settings']['requirePrivacyNotice'] = ['default' => 'required', 'locked' => true];
		$this->assertNotNull($this->openTalkLink());
	}

	public function testRoomsThatAreNoSafeMeetingAndOtherEntriesPass(): void {
		$this->join('other001');
		$this->requestUri = '/ocs/v2.php/apps/spreed/api/v4/room/safe0001/verify-dialin';
		$this->join(); // the SIP bridge creates phone guests, who cannot read a page
		$this->requestUri = '/ocs/v2.php/apps/spreed/api/v4/room/safe0001/participants/active';
		$l10n = $this->createMock(IFactory::class);
		(new PrivacyNoticeJoinListener($this->request(), $this->gate(), $this->urls(), $l10n, $this->talk()))->handle(new Event());

		$this->loggedIn = true;
		$this->assertNull($this->openTalkLink(), 'users with an account join as users');
		$this->loggedIn = false;
		$this->assertNull($this->openTalkLink(TalkObjects::controller($this, RoomController::class, $this->request())), 'other controllers pass');
	}

	public function testThePageIsPublicAndReadingItNeedsTheRequestTokenAndIsRateLimited(): void {
		$attributes = static fn (string $method): array => array_map(static fn (\ReflectionAttribute $a): string => $a->getName(), (new \ReflectionMethod(NoticePageController::class, $method))->getAttributes());
		$this->assertEqualsCanonicalizing([FrontpageRoute::class, PublicPage::class, NoCSRFRequired::class, UseSession::class, BruteForceProtection::class, OpenAPI::class], $attributes('show'));
		$this->assertEqualsCanonicalizing([FrontpageRoute::class, PublicPage::class, UseSession::class, BruteForceProtection::class, AnonRateLimit::class, OpenAPI::class], $attributes('read'));
		$route = static fn (string $method): array => (new \ReflectionMethod(NoticePageController::class, $method))->getAttributes(FrontpageRoute::class)[0]->newInstance()->toArray();
		$this->assertSame(['verb' => 'GET', 'url' => '/m/{token}'], $route('show'));
		$this->assertSame(['verb' => 'POST', 'url' => '/m/{token}/read'], $route('read'));
	}

	public function testTheNoticePageAnswersAnUnknownTokenLikeTalkAndThrottles(): void {
		$response = $this->page()->show('nosuch01');
		$this->assertSame(404, $response->getStatus());
		$this->assertTrue($response->isThrottled());
		$this->assertSame(['found' => false], $this->initialState['notice']);
		$read = $this->page()->read('nosuch01', '1');
		$this->assertSame(404, $read->getStatus());
		$this->assertTrue($read->isThrottled());
		$this->assertSame([], $this->session);
	}

	public function testAnEmailGuestsPersonalLinkSurvivesTheNoticeAndLeadsBackToTalk(): void {
		$redirect = $this->openTalkLink(null, self::PERSONAL);
		$this->assertSame('/index.php/apps/safe_meeting/m/safe0001' . self::PERSONAL_QUERY, $redirect?->getRedirectURL());

		// Nextcloud hands the redirect's query to the page by parameter name.
		$this->page()->show(self::TOKEN, self::PERSONAL['email'], self::PERSONAL['access']);
		$this->assertSame('/index.php/call/safe0001' . self::PERSONAL_QUERY, $this->initialState['notice']['talkUrl']);
		$this->assertSame(self::PERSONAL, $this->initialState['notice']['personalLink']);

		$read = $this->page()->read(self::TOKEN, '1', self::PERSONAL['email'], self::PERSONAL['access']);
		$this->assertSame(['talkUrl' => '/index.php/call/safe0001' . self::PERSONAL_QUERY], $read->getData());
		$this->assertSame([PrivacyNoticeGate::SESSION_KEY => [self::TOKEN => '1']], $this->session, 'the pair is never stored');
		$this->assertNull($this->openTalkLink(null, self::PERSONAL), 'read: Talk checks the pair itself');
	}

	public static function badPairs(): array {
		$access = self::PERSONAL['access'];
		return [
			'no access' => [['email' => 'guest@example.org']],
			'no e-mail' => [['access' => $access]],
			'empty access' => [['email' => 'guest@example.org', 'access' => '']],
			'access longer than Talk makes them' => [['email' => 'guest@example.org', 'access' => $access . 'x']],
			'access with other characters' => [['email' => 'guest@example.org', 'access' => 'abc&admin=1']],
			'access ending in a line break' => [['email' => 'guest@example.org', 'access' => "abc\n"]],
			'not an address' => [['email' => 'guest.example.org', 'access' => $access]],
			'two @' => [['email' => 'guest@a@example.org', 'access' => $access]],
			'address ending in a line break' => [['email' => "guest@example.org\n", 'access' => $access]],
			'address with a line break' => [['email' => "guest@example.org\nBcc: x@example.org", 'access' => $access]],
			'address longer than RFC 5321 allows' => [['email' => str_repeat('a', 64) . '@' . str_repeat('b', 190), 'access' => $access]],
			'address that is no UTF-8' => [['email' => "gu\xffst@example.org", 'access' => $access]],
			'arrays' => [['email' => ['guest@example.org'], 'access' => [$access]]],
		];
	}

	/** @dataProvider badPairs */
	public function testValuesThatCannotBeAPersonalLinkAreDropped(array $query): void {
		$this->assertSame('/index.php/apps/safe_meeting/m/safe0001', $this->openTalkLink(null, $query)?->getRedirectURL());
		$email = is_string($query['email'] ?? null) ? $query['email'] : '';
		$access = is_string($query['access'] ?? null) ? $query['access'] : '';
		$this->page()->show(self::TOKEN, $email, $access);
		$this->assertSame('/index.php/call/safe0001', $this->initialState['notice']['talkUrl']);
		$this->assertNull($this->initialState['notice']['personalLink']);
		$this->assertSame(['talkUrl' => '/index.php/call/safe0001'], $this->page()->read(self::TOKEN, '1', $email, $access)->getData());
	}

	public function testAnEmailGuestWhoSkippedTheNoticeIsAskedToReopenTheirPersonalLink(): void {
		$this->personalLinkGuest = true;
		try {
			$this->join();
			$this->fail('the guest got in');
		} catch (OCSForbiddenException $e) {
			// Not the notice page: without the pair it would lead to Talk's password form.
			$this->assertSame('[t] Please read the privacy notice of this meeting first: open the personal link from your invitation e-mail again.', $e->getMessage());
		}
		$this->personalLinkGuest = null;
		$this->expectExceptionMessage('[t] Please read the privacy notice of this meeting first: https://cloud.example.org/index.php/apps/safe_meeting/m/safe0001');
		$this->join();
	}
}
