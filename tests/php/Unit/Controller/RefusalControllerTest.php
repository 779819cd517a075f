<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Controller;

use OCA\SafeMeeting\Controller\RefusalController;
use OCA\SafeMeeting\Policy\JoinVerdict;
use OCA\SafeMeeting\Service\RefusalNotice;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCP\AppFramework\Http\Attribute\FrontpageRoute;
use OCP\AppFramework\Http\Attribute\PublicPage;
use OCP\IDateTimeFormatter;
use OCP\IRequest;
use OCP\ISession;
use OCP\IURLGenerator;
use PHPUnit\Framework\TestCase;

/**
 * The page Talk sends a refused password to: it says why, to the browser that was refused only.
 */
class RefusalControllerTest extends TestCase {
	private array $session = [];

	private function notice(): RefusalNotice {
		$session = $this->createMock(ISession::class);
		$session->method('get')->willReturnCallback(fn (string $key) => $this->session[$key] ?? null);
		$session->method('set')->willReturnCallback(function (string $key, $value): void {
			$this->session[$key] = $value;
		});
		$urls = $this->createMock(IURLGenerator::class);
		$urls->method('linkToRouteAbsolute')->with('safe_meeting.refusal.show', ['token' => 'abcd1234'])->willReturn('https://cloud.example/apps/safe_meeting/closed/abcd1234');
		return new RefusalNotice($session, $urls);
	}

	private function page(string $token): array {
		$dates = $this->createMock(IDateTimeFormatter::class);
		$dates->method('formatDateTime')->willReturnCallback(static fn (int $ts) => gmdate('Y-m-d H:i', $ts));
		$response = (new RefusalController($this->createMock(IRequest::class), $this->notice(), new FakeL10N(), $dates))->show($token);
		$this->assertSame(['closed', 'guest'], [$response->getTemplateName(), $response->getRenderAs()]);
		return $response->getParams();
	}

	public function testSaysTheMeetingIsLocked(): void {
		$this->assertSame('https://cloud.example/apps/safe_meeting/closed/abcd1234', $this->notice()->remember('abcd1234', new JoinVerdict(JoinVerdict::REFUSE_LOCKED)));

		$this->assertSame('[t] The moderators have locked this meeting: nobody new can join. If you should take part, ask a moderator to admit you.', $this->page('abcd1234')['message']);
	}

	public function testSaysWhenGuestsCanJoin(): void {
		$this->notice()->remember('abcd1234', new JoinVerdict(JoinVerdict::REFUSE_OUTSIDE_WINDOW, 1893454200, 1893459600));

		$this->assertSame('[t] Guests can join this meeting from 2029-12-31 23:30 until 2030-01-01 01:00.', $this->page('abcd1234')['message']);
	}

	public function testTellsNothingToABrowserThatWasNotRefused(): void {
		$this->notice()->remember('abcd1234', new JoinVerdict(JoinVerdict::REFUSE_LOCKED));

		$this->assertSame('[t] You cannot join this meeting right now.', $this->page('wxyz9876')['message'], 'another meeting');
		$this->session = [];
		$this->assertSame('[t] You cannot join this meeting right now.', $this->page('abcd1234')['message'], 'another browser');
	}

	public function testIsAPublicPage(): void {
		$method = new \ReflectionMethod(RefusalController::class, 'show');
		$this->assertSame(['verb' => 'GET', 'url' => '/closed/{token}'], $method->getAttributes(FrontpageRoute::class)[0]->newInstance()->toArray());
		$this->assertCount(1, $method->getAttributes(PublicPage::class));
	}
}
