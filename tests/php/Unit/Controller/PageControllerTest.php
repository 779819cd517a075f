<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Controller;

use OCA\SafeMeeting\Controller\PageController;
use OCA\SafeMeeting\Policy\DefaultPolicy;
use OCA\SafeMeeting\Service\BotRegistration;
use OCA\SafeMeeting\Service\MyMeetingsService;
use OCA\SafeMeeting\Service\PageAssets;
use OCA\SafeMeeting\Service\PolicyService;
use OCA\SafeMeeting\Service\WritableCalendars;
use OCP\AppFramework\Http\Attribute\FrontpageRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\NoCSRFRequired;
use OCP\AppFramework\Services\IInitialState;
use OCP\IRequest;
use OCP\IUser;
use OCP\IUserSession;
use PHPUnit\Framework\TestCase;

class PageControllerTest extends TestCase {
	public function testRendersTheMountPointWithTheUsersEffectivePolicyAndFirstPageOfMeetings(): void {
		$user = $this->createMock(IUser::class);
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($user);
		$effective = ['settings' => DefaultPolicy::get()['settings'], 'privacyNotice' => DefaultPolicy::get()['privacyNotice'], 'appliedGroups' => []];
		$policyService = $this->createMock(PolicyService::class);
		$policyService->expects($this->once())->method('getEffectivePolicy')->with($user)->willReturn($effective);
		$page = ['meetings' => [], 'nextCursor' => null, 'now' => 1893452400];
		$overview = $this->createMock(MyMeetingsService::class);
		$overview->expects($this->once())->method('page')->with($user)->willReturn($page);
		$initialState = $this->createMock(IInitialState::class);
		$provided = [];
		$initialState->method('provideInitialState')->willReturnCallback(static function (string $key, mixed $value) use (&$provided): void {
			$provided[$key] = $value;
		});
		$bots = $this->createMock(BotRegistration::class);
		$bots->expects($this->once())->method('botId')->with($user)->willReturn(7);

		$assets = $this->createMock(PageAssets::class);
		$assets->expects($this->once())->method('load')->with('safe_meeting-main');

		$calendars = $this->createMock(WritableCalendars::class);
		$calendars->method('forUser')->with($user)->willReturn(['calendars' => [['uri' => 'personal', 'name' => 'Personal']], 'unavailable' => null]);

		$response = (new PageController($this->createMock(IRequest::class), $session, $policyService, $initialState, $assets, $bots, $overview, $calendars))->index();

		$this->assertSame(['policy' => $effective, 'botId' => 7, 'meetings' => $page, 'calendars' => ['calendars' => [['uri' => 'personal', 'name' => 'Personal']], 'unavailable' => null]], $provided);

		$this->assertSame('main', $response->getTemplateName());
	}

	public function testTheTemplateIsOnlyAMountPoint(): void {
		ob_start();
		include __DIR__ . '/../../../../templates/main.php';
		$this->assertSame('<div id="safe_meeting"></div>', trim((string)ob_get_clean()));
	}

	public function testIsAPageForEveryLoggedInUser(): void {
		$method = new \ReflectionMethod(PageController::class, 'index');
		$this->assertSame(['verb' => 'GET', 'url' => '/'], $method->getAttributes(FrontpageRoute::class)[0]->newInstance()->toArray());
		$this->assertCount(1, $method->getAttributes(NoAdminRequired::class));
		$this->assertCount(1, $method->getAttributes(NoCSRFRequired::class));
	}
}
