<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Service;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Tests\Support\ArrayCache;
use OCA\SafeMeeting\Tests\Support\ArrayCacheFactory;
use OCA\SafeMeeting\Tests\Support\ArrayMemcache;
use OCA\SafeMeeting\Tests\Support\Plans;
use OCA\SafeMeeting\Tests\Support\QueryCountingConnection;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;

require_once __DIR__ . '/../../Nextcloud/Memcache/APCu.php';

/**
 * Counts the SQL queries the guards' lookup costs on two web servers over many requests, with a real
 * mapper on SQLite: with a shared cache and without one.
 */
class RegisteredRoomLookupQueriesTest extends TestCase {
	private const SAFE = 'safe0001';
	private const OTHER = 'other001';
	private const REQUESTS = 10;

	private QueryCountingConnection $db;

	protected function setUp(): void {
		$this->db = QueryCountingConnection::withAppSchema();
		$this->register(self::SAFE);
		$this->db->queries = 0;
	}

	private function register(string $token): void {
		$meeting = new Meeting();
		$meeting->setToken($token);
		$meeting->setOwnerUid('alice');
		$meeting->setPlan(json_encode(Plans::accepted()));
		$meeting->setCreatedAt(1893452400);
		(new MeetingMapper($this->db))->insert($meeting);
	}

	/** One request on a web server: a fresh lookup (no memo) over that server's view of the cache. */
	private function request(ArrayCache $cache): RegisteredRoomLookup {
		return new RegisteredRoomLookup(new MeetingMapper($this->db), new ArrayCacheFactory($cache), $this->createMock(LoggerInterface::class));
	}

	/** @return list<int> queries per request, the requests alternating between the two servers */
	private function queriesPerRequest(ArrayCache $serverA, ArrayCache $serverB, string $token): array {
		$counts = [];
		for ($i = 0; $i < self::REQUESTS; $i++) {
			$before = $this->db->queries;
			$this->request($i % 2 === 0 ? $serverA : $serverB)->planFor($token);
			$counts[] = $this->db->queries - $before;
		}
		return $counts;
	}

	public function testWithADistributedCacheARoomThatIsNotASafeMeetingCostsNoQueryAfterTheFirst(): void {
		$shared = new ArrayMemcache();

		$counts = $this->queriesPerRequest($shared, $shared, self::OTHER);

		$this->assertSame([1, 0, 0, 0, 0, 0, 0, 0, 0, 0], $counts);
	}

	public function testWithADistributedCacheASafeMeetingCostsNoQueryAfterTheFirst(): void {
		$shared = new ArrayMemcache();

		$this->assertSame([1, 0, 0, 0, 0, 0, 0, 0, 0, 0], $this->queriesPerRequest($shared, $shared, self::SAFE));
	}

	public function testWithACacheLocalToEachServerARoomThatIsNotASafeMeetingCostsOneQueryPerRequest(): void {
		$counts = $this->queriesPerRequest(new \OC\Memcache\APCu(), new \OC\Memcache\APCu(), self::OTHER);

		$this->assertSame(array_fill(0, self::REQUESTS, 1), $counts);
	}

	public function testWithACacheLocalToEachServerASafeMeetingCostsOneQueryPerServer(): void {
		$this->assertSame([1, 1, 0, 0, 0, 0, 0, 0, 0, 0], $this->queriesPerRequest(new \OC\Memcache\APCu(), new \OC\Memcache\APCu(), self::SAFE));
	}

	/**
	 * Server B answered "not a safe meeting" just before server A registered the room; A can only clear
	 * its own local cache. B must guard the room from its very next request on.
	 */
	public function testWithACacheLocalToEachServerARegistrationOnOneServerCountsOnTheOtherAtOnce(): void {
		$serverA = new \OC\Memcache\APCu();
		$serverB = new \OC\Memcache\APCu();
		$this->assertNull($this->request($serverB)->planFor(self::OTHER));

		$this->register(self::OTHER);
		$this->request($serverA)->remember(self::OTHER, Plans::accepted());

		$this->assertSame(Plans::accepted(), $this->request($serverB)->planFor(self::OTHER));
	}

	public function testWithADistributedCacheARegistrationCountsOnEveryServerAtOnce(): void {
		$shared = new ArrayMemcache();
		$this->assertNull($this->request($shared)->planFor(self::OTHER));

		$this->register(self::OTHER);
		$this->request($shared)->remember(self::OTHER, Plans::accepted());
		$this->db->queries = 0;

		$this->assertSame(Plans::accepted(), $this->request($shared)->planFor(self::OTHER));
		$this->assertSame(0, $this->db->queries);
	}
}
