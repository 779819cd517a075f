<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Controller;

use OCA\SafeMeeting\Controller\RetentionController;
use OCA\SafeMeeting\Exception\RetentionUnavailableException;
use OCA\SafeMeeting\Service\RetentionService;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Unit\Retention\RetentionTestCase;
use OCP\AppFramework\Http\Attribute\ApiRoute;
use OCP\AppFramework\Http\Attribute\NoAdminRequired;
use OCP\AppFramework\Http\Attribute\UserRateLimit;
use OCP\IRequest;
use OCP\IUserSession;

/**
 * Preview and purge below HTTP: the real retention service over SQLite, with Talk and files mocked.
 */
class RetentionControllerTest extends RetentionTestCase {
	private function controller(?string $uid, ?RetentionService $service = null): RetentionController {
		$session = $this->createMock(IUserSession::class);
		$session->method('getUser')->willReturn($uid === null ? null : $this->user($uid));
		return new RetentionController($this->createMock(IRequest::class), $session, $service ?? $this->retentionService(), new FakeL10N());
	}

	public function testPreviewDescribesWhatGoesWhenAndTheChatExpiry(): void {
		$this->meeting('abcd1234', fileDays: 30, meetingDays: 90);
		$this->addFile('alice', '/Talk/agenda.pdf', 11);
		$this->shares->roomShare('abcd1234', 'alice', 11, 'agenda.pdf', self::END);

		$response = $this->controller('alice')->preview('abcd1234');

		$this->assertSame(200, $response->getStatus());
		$data = $response->getData();
		$this->assertSame(['token' => 'abcd1234', 'fileRetentionDays' => 30, 'meetingRetentionDays' => 90], array_slice($data, 0, 3));
		$this->assertSame(['messageExpiration' => 86400, 'lastActivity' => self::END, 'lastMessageGoneAt' => self::END + 86400], $data['chat']);
		$this->assertSame(['share', 'conversation'], array_column($data['items'], 'kind'));
		$this->assertSame([self::END + 30 * self::DAY, self::END + 90 * self::DAY], array_column($data['items'], 'dueAt'));
	}

	public function testPurgeReportsWhatWasDone(): void {
		$this->meeting('abcd1234');
		$this->addFile('alice', '/Talk/agenda.pdf', 11);
		$this->shares->roomShare('abcd1234', 'alice', 11, 'agenda.pdf', self::END);

		$response = $this->controller('alice')->purge('abcd1234');

		$this->assertSame(200, $response->getStatus());
		$this->assertSame(['deleted' => 3, 'kept' => 0, 'purged' => true], $response->getData());
	}

	public function testAPartlyFailedPurgeKeepsTheConversationAndSaysSo(): void {
		$this->meeting('abcd1234');
		$this->addFile('alice', '/Talk/agenda.pdf', 11);
		$this->shares->roomShare('abcd1234', 'alice', 11, 'agenda.pdf', self::END);
		$this->undeletable[11] = true;

		$response = $this->controller('alice')->purge('abcd1234');

		$this->assertSame(500, $response->getStatus());
		$this->assertStringStartsWith('[t] Some items could not be deleted.', $response->getData()['message']);
		$this->assertSame([], $this->deletedRooms);
	}

	/**
	 * @dataProvider refusals
	 */
	public function testRefusesWithATranslatedMessageAndChangesNothing(?string $uid, string $token, int $status, string $message): void {
		$this->meeting('abcd1234');
		$this->addFile('alice', '/Talk/agenda.pdf', 11);
		$this->shares->roomShare('abcd1234', 'alice', 11, 'agenda.pdf', self::END);

		foreach (['preview', 'purge'] as $method) {
			$response = $this->controller($uid)->$method($token);
			$this->assertSame($status, $response->getStatus(), $method);
			$this->assertStringStartsWith("[t] $message", $response->getData()['message'], $method);
		}
		$this->assertSame([], $this->deletedIds);
		$this->assertSame([], $this->deletedRooms);
	}

	public static function refusals(): array {
		return [
			'not logged in' => [null, 'abcd1234', 401, 'Not logged in.'],
			'not a moderator' => ['bob', 'abcd1234', 403, 'Only a moderator of the conversation can'],
			'not in the room' => ['carol', 'abcd1234', 404, 'Safe meeting not found.'],
			'no such meeting' => ['alice', 'zzzz9999', 404, 'Safe meeting not found.'],
		];
	}

	public function testUncheckableFilesGetAClearError(): void {
		$service = $this->createMock(RetentionService::class);
		$service->method('preview')->willThrowException(new RetentionUnavailableException('storage offline'));

		$response = $this->controller('alice', $service)->preview('abcd1234');

		$this->assertSame(500, $response->getStatus());
		$this->assertSame("[t] The meeting's files could not be checked. Nothing was deleted. Please try again later.", $response->getData()['message']);
	}

	public function testUnexpectedErrorsAreLeftToTheFramework(): void {
		$service = $this->createMock(RetentionService::class);
		$service->method('purge')->willThrowException(new \LogicException('bug'));
		$this->expectException(\LogicException::class);
		$this->controller('alice', $service)->purge('abcd1234');
	}

	public function testRoutesAreForLoggedInUsersAndPurgeIsRateLimited(): void {
		foreach (['preview' => ['GET', '/api/v1/meetings/{token}/retention'], 'purge' => ['POST', '/api/v1/meetings/{token}/purge']] as $method => [$verb, $url]) {
			$reflection = new \ReflectionMethod(RetentionController::class, $method);
			$this->assertSame(['verb' => $verb, 'url' => $url], $reflection->getAttributes(ApiRoute::class)[0]->newInstance()->toArray());
			$this->assertCount(1, $reflection->getAttributes(NoAdminRequired::class));
		}
		$limit = (new \ReflectionMethod(RetentionController::class, 'purge'))->getAttributes(UserRateLimit::class)[0]->newInstance();
		$this->assertSame([10, 600], [$limit->getLimit(), $limit->getPeriod()]);
	}
}
