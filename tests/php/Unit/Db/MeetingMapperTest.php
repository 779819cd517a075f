<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Db;

use OCA\SafeMeeting\Db\Meeting;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCP\AppFramework\Db\DoesNotExistException;
use OCP\DB\Exception;
use PHPUnit\Framework\TestCase;

/**
 * Runs the mapper against SQLite, with the table the migration declares.
 */
class MeetingMapperTest extends TestCase {
	private SqliteConnection $db;
	private MeetingMapper $mapper;

	protected function setUp(): void {
		$this->db = SqliteConnection::withAppSchema();
		$this->mapper = new MeetingMapper($this->db);
	}

	private function meeting(string $token, string $owner, int $createdAt): Meeting {
		$meeting = new Meeting();
		$meeting->setToken($token);
		$meeting->setOwnerUid($owner);
		$meeting->setPlan('{"title":"' . $token . '"}');
		$meeting->setCreatedAt($createdAt);
		return $meeting;
	}

	public function testInsertAssignsAnIdAndStoresEveryColumn(): void {
		$meeting = $this->mapper->insert($this->meeting('abcd1234', 'alice', 1700000000));

		$this->assertIsInt($meeting->getId());
		$this->assertGreaterThan(0, $meeting->getId());
		$row = $this->db->dbal()->fetchAssociative('SELECT * FROM oc_safemeet_meetings');
		$this->assertEquals(['id' => $meeting->getId(), 'token' => 'abcd1234', 'owner_uid' => 'alice', 'plan' => '{"title":"abcd1234"}', 'created_at' => 1700000000], $row);
	}

	public function testFindsAMeetingByToken(): void {
		$this->mapper->insert($this->meeting('abcd1234', 'alice', 1700000000));
		$this->mapper->insert($this->meeting('wxyz9876', 'bob', 1700000001));

		$found = $this->mapper->findByToken('wxyz9876');

		$this->assertSame('bob', $found->getOwnerUid());
		$this->assertSame(1700000001, $found->getCreatedAt());
		$this->assertTrue($this->mapper->isRegistered('abcd1234'));
		$this->assertFalse($this->mapper->isRegistered('nope1234'));
	}

	public function testDeletesOnlyTheMeetingWithTheToken(): void {
		$this->mapper->insert($this->meeting('abcd1234', 'alice', 1700000000));
		$this->mapper->insert($this->meeting('wxyz9876', 'alice', 1700000001));

		$this->assertSame(1, $this->mapper->deleteByToken('abcd1234'));
		$this->assertSame(0, $this->mapper->deleteByToken('abcd1234'), 'already gone');

		$this->assertFalse($this->mapper->isRegistered('abcd1234'));
		$this->assertTrue($this->mapper->isRegistered('wxyz9876'));
	}

	public function testThrowsWhenTheTokenIsUnknown(): void {
		$this->expectException(DoesNotExistException::class);
		$this->mapper->findByToken('nope1234');
	}

	public function testListsOnlyTheOwnersMeetingsOldestFirst(): void {
		$this->mapper->insert($this->meeting('second22', 'alice', 1700000200));
		$this->mapper->insert($this->meeting('other333', 'bob', 1700000100));
		$this->mapper->insert($this->meeting('first111', 'alice', 1700000100));

		$tokens = array_map(static fn (Meeting $m): string => $m->getToken(), $this->mapper->findByOwner('alice'));

		$this->assertSame(['first111', 'second22'], $tokens);
		$this->assertSame([], $this->mapper->findByOwner('carol'));
	}

	public function testTheDatabaseRefusesADuplicateToken(): void {
		$this->mapper->insert($this->meeting('abcd1234', 'alice', 1700000000));
		try {
			$this->mapper->insert($this->meeting('abcd1234', 'bob', 1700000001));
			$this->fail('duplicate token was stored');
		} catch (Exception $e) {
			$this->assertSame(Exception::REASON_UNIQUE_CONSTRAINT_VIOLATION, $e->getReason());
		}
	}

	public function testMeetingSerialisesToTheApiShape(): void {
		$meeting = $this->mapper->insert($this->meeting('abcd1234', 'alice', 1700000000));
		$this->assertSame([
			'id' => $meeting->getId(),
			'token' => 'abcd1234',
			'owner' => 'alice',
			'createdAt' => 1700000000,
			'plan' => ['title' => 'abcd1234'],
		], $this->mapper->findByToken('abcd1234')->toArray());
	}

	public function testPagesThroughAllMeetingsInIdOrder(): void {
		foreach (['aaaa0001', 'bbbb0002', 'cccc0003', 'dddd0004', 'eeee0005'] as $i => $token) {
			$this->mapper->insert($this->meeting($token, $i % 2 === 0 ? 'alice' : 'bob', 1700000000 - $i));
		}

		$first = $this->mapper->findPageAfter(0, 2);
		$second = $this->mapper->findPageAfter((int)end($first)->getId(), 2);
		$last = $this->mapper->findPageAfter((int)end($second)->getId(), 2);

		$tokens = static fn (array $page): array => array_map(static fn (Meeting $m): string => $m->getToken(), $page);
		$this->assertSame([['aaaa0001', 'bbbb0002'], ['cccc0003', 'dddd0004'], ['eeee0005']], [$tokens($first), $tokens($second), $tokens($last)]);
	}
}
