<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Listener;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Db\AdmissionMapper;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Listener\RoomDeletedListener;
use OCA\SafeMeeting\Policy\PlanShape;
use OCA\SafeMeeting\Policy\PlanValidator;
use OCA\SafeMeeting\Policy\RoomChecker;
use OCA\SafeMeeting\Policy\ModificationGuard;
use OCA\SafeMeeting\Policy\ServerRoomChecker;
use OCA\SafeMeeting\Service\MeetingService;
use OCA\SafeMeeting\Service\PolicyService;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Service\TalkLocator;
use OCA\SafeMeeting\Tests\Support\ArrayCache;
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\TalkObjects;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\Talk\Events\BeforeRoomModifiedEvent;
use OCA\Talk\Events\RoomDeletedEvent;
use OCA\Talk\Room;
use OCP\App\IAppManager;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\DB\Exception as DBException;
use PHPUnit\Framework\TestCase;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

/**
 * The listener with the real service, mapper (SQLite) and lookup; nothing of Talk but its event.
 */
class RoomDeletedListenerTest extends TestCase {
	private SqliteConnection $db;
	private ArrayCache $cache;

	protected function setUp(): void {
		$this->db = SqliteConnection::withAppSchema();
		$this->cache = new ArrayCache();
		foreach (['safe0001', 'safe0002', 'norules1'] as $token) {
			$meeting = new Meeting();
			$meeting->setToken($token);
			$meeting->setOwnerUid('alice');
			// norules1: a plan without retention settings, which retention leaves alone.
			$meeting->setPlan(json_encode($token === 'norules1' ? ['title' => 'old', 'settings' => []] : Plans::accepted()));
			$meeting->setCreatedAt(1);
			(new MeetingMapper($this->db))->insert($meeting);
		}
	}

	private function lookup(MeetingMapper $mapper): RegisteredRoomLookup {
		return new RegisteredRoomLookup($mapper, new ArrayCacheFactory($this->cache), $this->createMock(LoggerInterface::class));
	}

	private function listener(MeetingMapper $mapper, ?LoggerInterface $logger = null): RoomDeletedListener {
		$logger ??= $this->createMock(LoggerInterface::class);
		$container = $this->createMock(ContainerInterface::class);
		$container->expects($this->never())->method('get'); // Talk's services are not needed
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturn(1800000000);
		$service = new MeetingService($mapper, $this->createMock(PolicyService::class), new PlanShape(), new PlanValidator(), new RoomChecker(), new ServerRoomChecker(new ModificationGuard()),
			new TalkLocator($container, $this->createMock(IAppManager::class), $logger), $time, $logger, $this->lookup($mapper), new AdmissionMapper($this->db), new ActorMarkMapper($this->db));
		return new RoomDeletedListener($service, $logger);
	}

	/** @return list<string> tokens of the meetings still registered (guarded and listed) */
	private function registered(): array {
		return $this->db->dbal()->fetchFirstColumn('SELECT token FROM oc_safemeet_meetings WHERE room_deleted_at IS NULL ORDER BY token');
	}

	public function testADeletedRoomLosesItsRegistrationAndItsCachedPlanButStaysForRetention(): void {
		$mapper = new MeetingMapper($this->db);
		$this->assertNotNull($this->lookup($mapper)->planFor('safe0001'));
		$this->assertArrayHasKey('plan/safe0001', $this->cache->values);

		$this->listener($mapper)->handle(new RoomDeletedEvent(TalkObjects::room($this, ['token' => 'safe0001'])));

		$this->assertSame(['norules1', 'safe0002'], $this->registered());
		$this->assertArrayNotHasKey('plan/safe0001', $this->cache->values);
		$this->assertNull($this->lookup($mapper)->planFor('safe0001'), 'no longer guarded');
		$this->assertSame(1800000000, $mapper->findUnpurgedByToken('safe0001')->getRoomDeletedAt(), 'its files and recordings still go on schedule');
	}

	public function testADeletedRoomWhosePlanHasNoRetentionSettingsLosesItsRow(): void {
		$this->listener(new MeetingMapper($this->db))->handle(new RoomDeletedEvent(TalkObjects::room($this, ['token' => 'norules1'])));

		$this->assertSame(['safe0001', 'safe0002'], $this->db->dbal()->fetchFirstColumn('SELECT token FROM oc_safemeet_meetings ORDER BY token'));
	}

	public function testTheLocksMarksOfTheDeletedRoomGoWithIt(): void {
		$marks = new ActorMarkMapper($this->db);
		$marks->mark('safe0001', ActorMarkMapper::GUEST, 'guests', sha1('session-1'));
		$marks->mark('safe0001', ActorMarkMapper::UNADMITTED, 'users', 'mallory');
		$marks->mark('safe0002', ActorMarkMapper::GUEST, 'guests', sha1('session-2'));

		$this->listener(new MeetingMapper($this->db))->handle(new RoomDeletedEvent(TalkObjects::room($this, ['token' => 'safe0001'])));

		$this->assertSame(['safe0002'], $this->db->dbal()->fetchFirstColumn('SELECT token FROM oc_safemeet_actor_marks'));
	}

	public function testDeletingARoomThatIsNoSafeMeetingChangesNothing(): void {
		$this->listener(new MeetingMapper($this->db))->handle(new RoomDeletedEvent(TalkObjects::room($this, ['token' => 'other001'])));

		$this->assertSame(['norules1', 'safe0001', 'safe0002'], $this->registered());
	}

	public function testOtherEventsAreIgnored(): void {
		$this->listener(new MeetingMapper($this->db))->handle(new BeforeRoomModifiedEvent(TalkObjects::room($this, ['token' => 'safe0001']), 'password', ''));

		$this->assertSame(['norules1', 'safe0001', 'safe0002'], $this->registered());
	}

	/** Talk deletes rooms in background jobs: a failing database must not break them. */
	public function testADatabaseErrorIsLoggedAndNeverThrown(): void {
		$mapper = $this->createMock(MeetingMapper::class);
		$mapper->method('findByToken')->willThrowException(new DBException('gone away'));
		$logger = $this->createMock(LoggerInterface::class);
		$logger->expects($this->once())->method('error');
		$this->cache->values['plan/safe0001'] = json_encode(Plans::accepted());

		$this->listener($mapper, $logger)->handle(new RoomDeletedEvent(TalkObjects::room($this, ['token' => 'safe0001'])));

		$this->assertArrayNotHasKey('plan/safe0001', $this->cache->values, 'the cache is still cleared');
	}
}
