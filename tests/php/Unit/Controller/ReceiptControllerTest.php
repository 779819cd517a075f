<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Controller;

use OCA\SafeMeeting\Controller\ReceiptController;
use OCA\SafeMeeting\Service\AdminAccess;
use OCA\SafeMeeting\Service\ReceiptService;
use OCA\SafeMeeting\Settings\Admin;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\ReceiptBuilder;
use OCA\SafeMeeting\Tests\Unit\Retention\RetentionTestCase;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\AuthorizedAdminSetting;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\PasswordConfirmationRequired;
use OCP\AppFramework\Http\IOutput;
use OCP\AppFramework\Http\Response;
use OCP\AppFramework\Http\StreamResponse;
use OCP\IGroupManager;
use OCP\IRequest;
use OCP\IUserSession;
use OCP\Settings\IManager as ISettingsManager;

class ReceiptControllerTest extends RetentionTestCase {
	private InMemoryAppConfig $config;

	protected function setUp(): void {
		parent::setUp();
		$this->config = new InMemoryAppConfig();
		// alice owns abcd1234, bob owns wxyz9876; alice moderates both rooms, bob neither.
		$this->meeting('abcd1234', 'alice');
		$this->meeting('wxyz9876', 'bob');
		$this->receipts->insert(ReceiptBuilder::make('alice', 1000, 'alices.pdf', ['token' => 'abcd1234']));
		$this->receipts->insert(ReceiptBuilder::make('bob', 1001, 'bobs.pdf', ['token' => 'wxyz9876']));
	}

	private function controller(?string $uid): ReceiptController {
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($uid === null ? null : $this->user($uid));
		$groups = $this->createMock(IGroupManager::class);
		$groups->method('isAdmin')->willReturnCallback(static fn (string $uid): bool => $uid === 'admin');
		$settings = $this->createMock(ISettingsManager::class);
		$settings->method('getAllowedAdminSettings')->willReturnCallback(fn (string $section, $user): array => $user->getUID() === 'delegate' ? [[$this->createMock(Admin::class)]] : []);
		$receipts = new ReceiptService($this->receipts, $this->meetings, $this->config, new FakeL10N());
		return new ReceiptController($this->createMock(IRequest::class), $session, new AdminAccess($groups, $settings), $receipts, $this->retentionService(), $this->time, new FakeL10N());
	}

	/** @return list<string> */
	private function namesSeenBy(?string $uid, string $token = ''): array {
		return array_column($this->controller($uid)->list($token)->getData()['receipts'], 'objectName');
	}

	public function testAdminsSeeAllReceiptsOthersOnlyTheirMeetings(): void {
		$this->assertSame(['bobs.pdf', 'alices.pdf'], $this->namesSeenBy('admin'));
		$this->assertSame(['bobs.pdf', 'alices.pdf'], $this->namesSeenBy('delegate'));
		$this->assertSame(['alices.pdf'], $this->namesSeenBy('alice'));
		$this->assertSame(['bobs.pdf'], $this->namesSeenBy('bob'));
		$this->assertSame([], $this->namesSeenBy('carol'));
	}

	public function testAModeratorSeesTheReceiptsOfAMeetingTheyDoNotOwn(): void {
		$this->assertSame(['bobs.pdf'], $this->namesSeenBy('alice', 'wxyz9876'));
		$this->assertSame([], $this->namesSeenBy('bob', 'abcd1234'), 'a participant who does not moderate sees nothing');
	}

	public function testListsAPageAtATime(): void {
		$response = $this->controller('admin')->list('', 1, 0);
		$this->assertSame(200, $response->getStatus());
		$this->assertSame(['bobs.pdf'], array_column($response->getData()['receipts'], 'objectName'));
		$this->assertTrue($response->getData()['hasMore']);
		$this->assertFalse($this->controller('admin')->list('', 1, 1)->getData()['hasMore']);
	}

	public function testExportsTheSameReceiptsAsACsvDownload(): void {
		$response = $this->controller('alice')->export();

		$this->assertInstanceOf(StreamResponse::class, $response);
		// Response::getHeaders() adds the server's own headers (it needs the server); ours are these.
		$headers = (new \ReflectionProperty(Response::class, 'headers'))->getValue($response);
		$this->assertSame('text/csv; charset=utf-8', $headers['Content-Type']);
		$this->assertSame('attachment; filename="deletion-receipts-2027-01-15.csv"', $headers['Content-Disposition']);
		$streamed = null;
		$output = $this->createMock(IOutput::class);
		$output->method('getHttpResponseCode')->willReturn(200);
		$output->method('setReadfile')->willReturnCallback(static function ($stream) use (&$streamed): bool {
			$streamed = stream_get_contents($stream);
			return true;
		});
		$response->callback($output);
		$lines = explode("\n", trim((string)$streamed));
		$this->assertCount(2, $lines, 'header and alice\'s one receipt');
		$this->assertStringContainsString(',alices.pdf,', $lines[1]);
	}

	public function testNotLoggedInGetsNothing(): void {
		$this->assertSame(401, $this->controller(null)->list()->getStatus());
		$this->assertSame(401, $this->controller(null)->export()->getStatus());
	}

	public function testAdminsReadAndSetHowLongReceiptsAreKept(): void {
		$this->assertSame(['retentionDays' => 365], $this->controller('delegate')->getSettings()->getData());
		$this->assertSame(403, $this->controller('alice')->getSettings()->getStatus());

		$response = $this->controller('admin')->setSettings(30);
		$this->assertSame(200, $response->getStatus());
		$this->assertSame(['retentionDays' => 30], $response->getData());
		$this->assertSame('30', $this->config->values['safe_meeting']['receipt_retention_days']);
	}

	/**
	 * @dataProvider badSettings
	 */
	public function testRefusesBadSettingsOrNonAdminsAndStoresNothing(string $uid, mixed $days, int $status, string $message): void {
		$response = $this->controller($uid)->setSettings($days);
		$this->assertSame($status, $response->getStatus());
		$this->assertSame("[t] $message", $response->getData()['message']);
		$this->assertSame(0, $this->config->writes);
	}

	public static function badSettings(): array {
		return [
			'not an admin' => ['alice', 30, 403, 'Only administrators can change how long deletion receipts are kept.'],
			'zero' => ['admin', 0, 400, 'Keep receipts for a whole number of days from 1 to 3650.'],
			'too long' => ['admin', 3651, 400, 'Keep receipts for a whole number of days from 1 to 3650.'],
			'text' => ['admin', '30', 400, 'Keep receipts for a whole number of days from 1 to 3650.'],
			'missing' => ['admin', null, 400, 'Keep receipts for a whole number of days from 1 to 3650.'],
		];
	}

	public function testRoutesStateTheirSecurity(): void {
		foreach (['list' => ['GET', '/api/v1/receipts'], 'export' => ['GET', '/api/v1/receipts/export']] as $method => [$verb, $url]) {
			$reflection = new \ReflectionMethod(ReceiptController::class, $method);
			$this->assertSame(['verb' => $verb, 'url' => $url], $reflection->getAttributes(ApiRoute::class)[0]->newInstance()->toArray());
			$this->assertCount(1, $reflection->getAttributes(NoAdminRequired::class));
		}
		foreach (['getSettings' => 'GET', 'setSettings' => 'PUT'] as $method => $verb) {
			$settings = new \ReflectionMethod(ReceiptController::class, $method);
			$this->assertSame(['verb' => $verb, 'url' => '/api/v1/receipts/settings'], $settings->getAttributes(ApiRoute::class)[0]->newInstance()->toArray());
			$this->assertSame(Admin::class, $settings->getAttributes(AuthorizedAdminSetting::class)[0]->newInstance()->getSettings());
			$this->assertCount(0, $settings->getAttributes(NoAdminRequired::class));
			$this->assertCount($verb === 'PUT' ? 1 : 0, $settings->getAttributes(PasswordConfirmationRequired::class));
		}
	}
}
