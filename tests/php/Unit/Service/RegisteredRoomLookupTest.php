<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Service;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Exception\RegistryUnavailableException;
use OCA\SafeMeeting\Policy\Json;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Tests\Support\ArrayCache;
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\ArrayMemcache;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;
use OCP\DB\Exception as DBException;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

require_once __DIR__ . '/../../Nextcloud/Memcache/APCu.php';

class RegisteredRoomLookupTest extends TestCase {
	private MeetingMapper&MockObject $mapper;
	private ArrayCache $cache;
	/** @var list<string> cache prefixes asked for, over all lookups */
	private array $prefixes = [];
	private LoggerInterface&MockObject $logger;

	protected function setUp(): void {
		$this->mapper = $this->createMock(MeetingMapper::class);
		$this->cache = new ArrayCache();
		$this->logger = $this->createMock(LoggerInterface::class);
	}

	private function lookup(): RegisteredRoomLookup {
		$caches = new ArrayCacheFactory($this->cache);
		$caches->prefixes = &$this->prefixes;
		return new RegisteredRoomLookup($this->mapper, $caches, $this->logger);
	}

	private static function meeting(string $planJson): Meeting {
		$meeting = new Meeting();
		$meeting->setToken('abcd1234');
		$meeting->setPlan($planJson);
		return $meeting;
	}

	public function testARoomThatIsNotASafeMeetingCostsOneQueryPerCacheLifetime(): void {
		$this->mapper->expects($this->once())->method('findByToken')->with('room0001')->willThrowException(new DoesNotExistException(''));
		$lookup = $this->lookup();

		$this->assertNull($lookup->planFor('room0001'));
		$this->assertNull($lookup->planFor('room0001'), 'memo');
		$this->assertNull($this->lookup()->planFor('room0001'), 'next request: distributed cache');
		$this->assertSame(['safe_meeting'], array_unique($this->prefixes));
		$this->assertSame(RegisteredRoomLookup::TTL_NOT_REGISTERED, $this->cache->ttls['plan/room0001']);
	}

	public function testTheSecondCallInARequestHitsNeitherMapperNorCache(): void {
		$plan = Plans::accepted();
		$this->mapper->expects($this->once())->method('findByToken')->willReturn(self::meeting(json_encode($plan)));
		$lookup = $this->lookup();

		$this->assertSame($plan, $lookup->planFor('abcd1234'));
		$this->cache->values = []; // a cache read would now miss and query again
		$this->assertSame($plan, $lookup->planFor('abcd1234'));
	}

	public function testARegisteredPlanIsSharedThroughTheDistributedCache(): void {
		$plan = Plans::accepted();
		$this->mapper->expects($this->once())->method('findByToken')->willReturn(self::meeting(json_encode($plan)));

		$this->lookup()->planFor('abcd1234');

		$this->assertSame($plan, $this->lookup()->planFor('abcd1234'));
		$this->assertSame(RegisteredRoomLookup::TTL_REGISTERED, $this->cache->ttls['plan/abcd1234']);
	}

	public function testForgetMakesTheNextLookupAskTheDatabaseAgain(): void {
		$plan = Plans::accepted();
		$this->mapper->expects($this->exactly(2))->method('findByToken')->willReturnOnConsecutiveCalls(
			$this->throwException(new DoesNotExistException('')),
			self::meeting(json_encode($plan)),
		);
		$lookup = $this->lookup();
		$this->assertNull($lookup->planFor('abcd1234'));

		$lookup->forget('abcd1234');

		$this->assertArrayNotHasKey('plan/abcd1234', $this->cache->values);
		$this->assertSame($plan, $lookup->planFor('abcd1234'));
	}

	public function testARememberedPlanIsGuardedAtOnceHereAndOnEveryOtherServerWithoutAQuery(): void {
		$plan = Plans::accepted();
		$this->mapper->expects($this->never())->method('findByToken');
		$lookup = $this->lookup();

		$lookup->remember('abcd1234', $plan);

		$this->assertSame($plan, $lookup->planFor('abcd1234'));
		$this->assertSame($plan, $this->lookup()->planFor('abcd1234'), 'another request, through the distributed cache');
		$this->assertSame(RegisteredRoomLookup::TTL_REGISTERED, $this->cache->ttls['plan/abcd1234']);
	}

	public function testRememberReplacesACachedNotRegistered(): void {
		$this->mapper->method('findByToken')->willThrowException(new DoesNotExistException(''));
		$this->assertNull($this->lookup()->planFor('abcd1234'));

		$this->lookup()->remember('abcd1234', Plans::accepted());

		$this->assertSame(Plans::accepted(), $this->lookup()->planFor('abcd1234'));
	}

	/**
	 * A guard in another request reads the database just before the registration is inserted and caches
	 * its "not registered" just after the registration cached the plan: the plan must survive.
	 */
	public function testAReaderThatMissedTheRowCannotOverwriteAPlanRegisteredMeanwhile(): void {
		$this->cache = new ArrayMemcache();
		$plan = Plans::accepted();
		$this->mapper->method('findByToken')->willReturnCallback(function () use ($plan): Meeting {
			$this->lookup()->remember('abcd1234', $plan); // the registering request, between read and cache write
			throw new DoesNotExistException('');
		});

		$this->assertNull($this->lookup()->planFor('abcd1234'), 'the racing reader itself saw no row');

		$this->assertSame(Json::encode($plan), $this->cache->values['plan/abcd1234']);
		$this->assertSame($plan, $this->lookup()->planFor('abcd1234'), 'every later request guards the room');
	}

	public function testReadersStillFillAnEmptyMemcache(): void {
		$this->cache = new ArrayMemcache();
		$this->mapper->expects($this->once())->method('findByToken')->willThrowException(new DoesNotExistException(''));

		$this->assertNull($this->lookup()->planFor('room0001'));
		$this->assertNull($this->lookup()->planFor('room0001'));
		$this->assertSame('', $this->cache->values['plan/room0001']);
	}

	// --- Failures: never a raw exception, and the caller learns whether the room is a safe meeting ---

	public static function databaseFailures(): array {
		return [
			'a database error' => [new DBException('connection lost')],
			'anything else the mapper throws' => [new \RuntimeException('boom')],
		];
	}

	/** @dataProvider databaseFailures */
	public function testADatabaseFailureSaysThatNobodyKnowsWhetherTheRoomIsASafeMeeting(\Exception $failure): void {
		$this->mapper->method('findByToken')->willThrowException($failure);

		try {
			$this->lookup()->planFor('abcd1234');
			$this->fail('no exception');
		} catch (RegistryUnavailableException $e) {
			$this->assertFalse($e->knownRegistered);
			$this->assertSame('abcd1234', $e->token);
			$this->assertSame($failure, $e->getPrevious());
		}
		$this->assertSame([], $this->cache->values, 'nothing is cached from a failed read');
	}

	public static function damagedRegistrations(): array {
		return [
			'an unreadable plan' => [self::meeting('{broken')],
			'a plan that is not an object' => [self::meeting('"text"')],
			'two rows for one token' => [new MultipleObjectsReturnedException('')],
		];
	}

	/** @dataProvider damagedRegistrations */
	public function testADamagedRegistrationIsKnownToBeASafeMeeting(Meeting|\Exception $row): void {
		$row instanceof Meeting ? $this->mapper->method('findByToken')->willReturn($row) : $this->mapper->method('findByToken')->willThrowException($row);

		try {
			$this->lookup()->planFor('abcd1234');
			$this->fail('no exception');
		} catch (RegistryUnavailableException $e) {
			$this->assertTrue($e->knownRegistered);
		}
	}

	public function testAFailedLookupIsTriedAgainOnTheNextCall(): void {
		$plan = Plans::accepted();
		$this->mapper->expects($this->exactly(2))->method('findByToken')->willReturnOnConsecutiveCalls(
			$this->throwException(new DBException('deadlock')),
			self::meeting(json_encode($plan)),
		);
		$lookup = $this->lookup();
		try {
			$lookup->planFor('abcd1234');
		} catch (RegistryUnavailableException) {
		}

		$this->assertSame($plan, $lookup->planFor('abcd1234'));
	}

	public function testAFailingCacheIsSkippedAndTheDatabaseAnswers(): void {
		$plan = Plans::accepted();
		$this->cache->failing = true;
		$this->mapper->method('findByToken')->willReturnCallback(fn (string $token): Meeting => $token === 'abcd1234'
			? self::meeting(json_encode($plan))
			: throw new DoesNotExistException(''));
		$this->logger->expects($this->atLeastOnce())->method('warning');

		$this->assertSame($plan, $this->lookup()->planFor('abcd1234'));
		$this->assertNull($this->lookup()->planFor('room0001'));
	}

	public function testAnUnreadableCachedPlanIsReadAgainFromTheDatabase(): void {
		$plan = Plans::accepted();
		$this->cache->values['plan/abcd1234'] = '{broken';
		$this->mapper->expects($this->once())->method('findByToken')->willReturn(self::meeting(json_encode($plan)));

		$this->assertSame($plan, $this->lookup()->planFor('abcd1234'));
	}

	// --- A "distributed" cache that is local to one web server ---

	public function testWithACacheLocalToThisServerNotRegisteredIsKeptForTheRequestOnly(): void {
		$this->cache = new \OC\Memcache\APCu();
		$this->mapper->expects($this->exactly(2))->method('findByToken')->with('room0001')->willThrowException(new DoesNotExistException(''));
		$lookup = $this->lookup();

		$this->assertNull($lookup->planFor('room0001'));
		$this->assertNull($lookup->planFor('room0001'), 'memo: no second query in the same request');
		$this->assertSame([], $this->cache->values, 'not cached beyond the request');
		$this->assertNull($this->lookup()->planFor('room0001'), 'the next request asks the database again');
	}

	public function testALocalCacheIgnoresANotRegisteredLeftFromEarlier(): void {
		$this->cache = new \OC\Memcache\APCu();
		$this->cache->values['plan/abcd1234'] = ''; // e.g. written before the admin removed Redis
		$plan = Plans::accepted();
		$this->mapper->expects($this->once())->method('findByToken')->willReturn(self::meeting(json_encode($plan)));

		$this->assertSame($plan, $this->lookup()->planFor('abcd1234'));
	}

	public function testALocalCacheStillKeepsRegisteredPlans(): void {
		$this->cache = new \OC\Memcache\APCu();
		$plan = Plans::accepted();
		$this->mapper->expects($this->once())->method('findByToken')->willReturn(self::meeting(json_encode($plan)));

		$this->lookup()->planFor('abcd1234');

		$this->assertSame($plan, $this->lookup()->planFor('abcd1234'), 'a stale plan only keeps a room guarded');
	}
}
