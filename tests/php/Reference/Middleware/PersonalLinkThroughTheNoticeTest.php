<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Reference\Middleware;

use OCA\SafeMeeting\Controller\NoticePageController;
use OCA\SafeMeeting\Middleware\PrivacyNoticeMiddleware;
use OCA\SafeMeeting\Service\PageAssets;
use OCA\SafeMeeting\Service\PolicyService;
use OCA\SafeMeeting\Service\PrivacyNoticeGate;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\ReferenceTestCase;
use OCA\Talk\Controller\PageController;
use OCA\Talk\Federation\FederationManager;
use OCP\AppFramework\Http\JSONResponse;
use OCP\AppFramework\Http\RedirectResponse;
use OCP\AppFramework\Services\IInitialState;
use OCP\IRequest;
use OCP\ISession;
use OCP\IURLGenerator;
use OCP\IUserSession;
use OCP\Security\ISecureRandom;

/**
 * An e-mail guest's personal link, as Talk 22 makes it (GuestManager::sendEmailInvitation: `spreed.Page.showCall`
 * with `token`, `email` and `access`, an access token of FederationManager::TOKEN_LENGTH characters of
 * ISecureRandom::CHAR_HUMAN_READABLE), taken through the privacy notice: the redirect from Talk's real page
 * controller, the notice page and its "read" answer end at a link whose parameters are exactly those of
 * Talk's real PageController::showCall, with the guest's values unchanged.
 */
class PersonalLinkThroughTheNoticeTest extends ReferenceTestCase {
	private const TOKEN = 'notice01';

	/** @var array<string, mixed> */
	private array $session = [];
	/** @var array<string, mixed> */
	private array $initialState = [];

	public function testTheLinkTalkMailsLeadsThroughTheNoticeBackToTalksPersonalLinkPage(): void {
		$alphabet = ISecureRandom::CHAR_HUMAN_READABLE;
		// Fixed, not random: every character Talk may use, to the length Talk makes.
		$access = substr(str_repeat($alphabet, 2), 0, FederationManager::TOKEN_LENGTH);
		$mailed = ['token' => self::TOKEN, 'email' => 'guest@example.org', 'access' => $access];

		$showCall = array_map(static fn (\ReflectionParameter $p): string => $p->getName(), (new \ReflectionMethod(PageController::class, 'showCall'))->getParameters());
		$this->assertSame(array_keys($mailed), $showCall, 'Talk still takes the personal link as token, email and access');

		$middleware = new PrivacyNoticeMiddleware($this->request($mailed), $this->createMock(IUserSession::class), $this->gate(), $this->urls());
		$talkPage = $this->getMockBuilder(PageController::class)->disableOriginalConstructor()->getMock();
		try {
			$middleware->beforeController($talkPage, 'showCall');
			$this->fail('the unread notice did not stop Talk\'s page');
		} catch (\Exception $e) {
			$redirect = $middleware->afterException($talkPage, 'showCall', $e);
		}
		$this->assertInstanceOf(RedirectResponse::class, $redirect);
		[$route, $noticeParams] = $this->parse($redirect->getRedirectURL());
		$this->assertSame('safe_meeting.noticePage.show', $route);
		$this->assertSame($mailed, $noticeParams);

		$page = $this->noticePage();
		$page->show(...$noticeParams);
		$this->assertSame(['spreed.Page.showCall', $mailed], $this->parse($this->initialState['notice']['talkUrl']));

		// The page posts the version it showed and the pair it was given (src/api/notice.ts).
		$read = $page->read(self::TOKEN, '3', ...$this->initialState['notice']['personalLink']);
		$this->assertInstanceOf(JSONResponse::class, $read);
		$this->assertSame(['spreed.Page.showCall', $mailed], $this->parse($read->getData()['talkUrl']));
		$this->assertSame([PrivacyNoticeGate::SESSION_KEY => [self::TOKEN => '3']], $this->session, 'only the token and the version read');
	}

	private function request(array $params): IRequest {
		$request = $this->createMock(IRequest::class);
		$request->method('getParam')->willReturnCallback(static fn (string $key, mixed $default = null): mixed => $params[$key] ?? $default);
		return $request;
	}

	private function gate(): PrivacyNoticeGate {
		$rooms = $this->createMock(RegisteredRoomLookup::class);
		$rooms->method('planFor')->willReturn(['title' => 'Hearing', 'settings' => ['requirePrivacyNotice' => PrivacyNoticeGate::REQUIRED]]);
		$policy = $this->createMock(PolicyService::class);
		$policy->method('getOrganisationPolicy')->willReturn(['privacyNotice' => ['text' => 'We process …', 'url' => '', 'version' => '3'], 'settings' => []]);
		$session = $this->createMock(ISession::class);
		$session->method('get')->willReturnCallback(fn (string $key): mixed => $this->session[$key] ?? null);
		$session->method('set')->willReturnCallback(function (string $key, mixed $value): void {
			$this->session[$key] = $value;
		});
		return new PrivacyNoticeGate($rooms, $policy, $session);
	}

	/** Links as "route?query", so the test reads back exactly which parameters each link carries. */
	private function urls(): IURLGenerator {
		$urls = $this->createMock(IURLGenerator::class);
		$urls->method('linkToRoute')->willReturnCallback(static fn (string $route, array $params = []): string => $route . '?' . http_build_query($params));
		return $urls;
	}

	/** @return array{0: string, 1: array<string, string>} */
	private function parse(string $link): array {
		[$route, $query] = explode('?', $link, 2);
		parse_str($query, $params);
		return [$route, $params];
	}

	private function noticePage(): NoticePageController {
		$state = $this->createMock(IInitialState::class);
		$state->method('provideInitialState')->willReturnCallback(function (string $key, mixed $value): void {
			$this->initialState[$key] = $value;
		});
		return new NoticePageController($this->createMock(IRequest::class), $this->gate(), $state, $this->createMock(PageAssets::class), $this->urls(), new FakeL10N());
	}
}
