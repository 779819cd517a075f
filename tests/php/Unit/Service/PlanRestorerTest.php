<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Service;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Event\PlanRestoredEvent;
use OCA\SafeMeeting\Service\PlanRestorer;
use OCA\SafeMeeting\Talk\TalkRoomRepair;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\QueryCountingConnection;
use OCA\SafeMeeting\Tests\Support\RecordingEventDispatcher;
use OCA\Talk\Exceptions\RoomProperty\RecordingConsentException;
use OCP\App\IAppManager;
use OCP\AppFramework\QueryException;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * The restorer over the real registry table (SQLite); Talk's side (TalkRoomRepair) is mocked.
 */
class PlanRestorerTest extends TestCase {
	private MeetingMapper $mapper;
	private TalkRoomRepair&MockObject $repair;
	private ContainerInterface&MockObject $container;
	private IAppManager&MockObject $appManager;
	private RecordingEventDispatcher $dispatcher;
	private LoggerInterface&MockObject $logger;
	private PlanRestorer $restorer;

	protected function setUp(): void {
		$this->mapper = new MeetingMapper(QueryCountingConnection::withAppSchema());
		$this->repair = $this->createMock(TalkRoomRepair::class);
		$this->repair->method('canRestoreRecordingConsent')->willReturn(true);
		$this->container = $this->createMock(ContainerInterface::class);
		$this->container->method('get')->with(TalkRoomRepair::class)->willReturnCallback(fn () => $this->repair);
		$this->appManager = $this->createMock(IAppManager::class);
		$this->appManager->method('isEnabledForAnyone')->with('spreed')->willReturn(true);
		$this->dispatcher = new RecordingEventDispatcher();
		$this->logger = $this->createMock(LoggerInterface::class);
		$this->restorer = new PlanRestorer($this->mapper, $this->container, $this->appManager, $this->dispatcher, $this->logger);
	}

	private function register(string $token, string $recording): void {
		$plan = Plans::accepted();
		$plan['settings']['recording'] = $recording;
		$meeting = new Meeting();
		$meeting->setToken($token);
		$meeting->setOwnerUid('alice');
		$meeting->setPlan(json_encode($plan));
		$meeting->setCreatedAt(1893452400);
		$this->mapper->insert($meeting);
	}

	public function testRestoresConsentOfMeetingsWhosePlanNeedsItAndAuditsEachRestore(): void {
		$this->register('consent1', 'with-consent');
		$this->register('blocked1', 'blocked');
		$this->register('consent2', 'with-consent');
		$this->register('consent3', 'with-consent');
		$this->repair->expects($this->exactly(3))->method('restoreRecordingConsent')
			->willReturnCallback(static fn (string $token): bool => $token !== 'consent2'); // consent2 asks already

		$this->assertSame(2, $this->restorer->restoreAll());

		$events = $this->dispatcher->ofType(PlanRestoredEvent::class);
		$this->assertSame(['consent1', 'consent3'], array_map(static fn (PlanRestoredEvent $e): string => $e->token, $events));
		$this->assertSame(['recordingConsent', 0, 1], [$events[0]->property, $events[0]->oldValue, $events[0]->newValue]);
	}

	public function testARoomInACallIsTriedAgainLaterAndTheOthersAreStillRestored(): void {
		$this->register('incall01', 'with-consent');
		$this->register('consent1', 'with-consent');
		$this->repair->method('restoreRecordingConsent')->willReturnCallback(static fn (string $token): bool => $token === 'incall01'
			? throw new RecordingConsentException(RecordingConsentException::REASON_CALL)
			: true);
		$this->logger->expects($this->once())->method('warning')->with($this->anything(), $this->callback(fn (array $c): bool => $c['token'] === 'incall01'));

		$this->assertSame(1, $this->restorer->restoreAll());
		$this->assertCount(1, $this->dispatcher->ofType(PlanRestoredEvent::class));
	}

	public function testWalksEveryMeetingPageByPage(): void {
		for ($i = 0; $i < 205; $i++) {
			$this->register(sprintf('room%04d', $i), 'with-consent');
		}
		$seen = [];
		$this->repair->method('restoreRecordingConsent')->willReturnCallback(static function (string $token) use (&$seen): bool {
			$seen[] = $token;
			return false;
		});

		$this->restorer->restoreAll();

		$this->assertCount(205, $seen);
		$this->assertCount(205, array_unique($seen));
	}

	public function testWhereTheServerDecidesConsentNoMeetingIsLookedAt(): void {
		$this->register('consent1', 'with-consent');
		$this->repair = $this->createMock(TalkRoomRepair::class);
		$this->repair->method('canRestoreRecordingConsent')->willReturn(false);
		$this->repair->expects($this->never())->method('restoreRecordingConsent');

		$this->assertSame(0, $this->restorer->restoreAll());
	}

	public function testWithoutTalkNothingIsLoaded(): void {
		$this->appManager = $this->createMock(IAppManager::class);
		$this->appManager->method('isEnabledForAnyone')->willReturn(false);
		$this->container->expects($this->never())->method('get');
		$restorer = new PlanRestorer($this->mapper, $this->container, $this->appManager, $this->dispatcher, $this->logger);

		$this->assertSame(0, $restorer->restoreAll());
	}

	public function testWhenTalkCannotBeLoadedItIsLoggedAndNothingFails(): void {
		$container = $this->createMock(ContainerInterface::class);
		$container->method('get')->willThrowException(new QueryException('no Talk'));
		$this->logger->expects($this->once())->method('error');
		$restorer = new PlanRestorer($this->mapper, $container, $this->appManager, $this->dispatcher, $this->logger);

		$this->assertSame(0, $restorer->restoreAll());
	}
}
