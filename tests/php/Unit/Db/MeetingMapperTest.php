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
		$this->assertEquals([
			'id' => $meeting->getId(), 'token' => 'abcd1234', 'owner_uid' => 'alice', 'plan' => '{"title":"abcd1234"}', 'created_at' => 1700000000,
			'locked' => 0, 'locked_at' => null, 'locked_by' => null, 'lock_reason' => null, 'refused_joins' => 0, 'call_started_at' => null, 'auto_locked_at' => null, 'purged_at' => null, 'room_deleted_at' => null,
		], $row);
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
			'lock' => ['locked' => false, 'lockedAt' => null, 'lockedBy' => null, 'reason' => null, 'refusedJoins' => 0, 'callStartedAt' => null],
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

	public function testLocksOnceAndSaysWhoLockedItAndWhy(): void {
		$this->mapper->insert($this->meeting('abcd1234', 'alice', 1700000000));
		$this->mapper->insert($this->meeting('wxyz9876', 'alice', 1700000000));

		$this->assertTrue($this->mapper->lock('abcd1234', 1700000100, 'bob', 'moderator'));
		$this->assertFalse($this->mapper->lock('abcd1234', 1700000200, '', 'all-joined'), 'already locked: the second locker loses');

		$lock = $this->mapper->findByToken('abcd1234')->lockState();
		$this->assertSame(['locked' => true, 'lockedAt' => 1700000100, 'lockedBy' => 'bob', 'reason' => 'moderator', 'refusedJoins' => 0, 'callStartedAt' => null], $lock);
		$this->assertFalse($this->mapper->findByToken('wxyz9876')->isLocked(), 'other meetings stay open');
	}

	public function testAnAutomaticLockHasNoModeratorAndEveryLockIsRemembered(): void {
		$this->mapper->insert($this->meeting('abcd1234', 'alice', 1700000000));

		$this->mapper->lock('abcd1234', 1700000100, '', 'minutes-after-start');

		$meeting = $this->mapper->findByToken('abcd1234');
		$this->assertNull($meeting->lockState()['lockedBy']);
		$this->assertSame(1700000100, $meeting->getAutoLockedAt(), 'remembered, so the plan locks once per call');
		$this->mapper->unlock('abcd1234');
		$this->mapper->lock('abcd1234', 1700000200, 'bob', 'moderator');
		$this->assertSame(1700000200, $this->mapper->findByToken('abcd1234')->getAutoLockedAt(), 'a moderator\'s lock counts too: after unlocking, the plan leaves the call open');
	}

	public function testUnlocksOnlyALockedMeetingAndForgetsWhoLockedIt(): void {
		$this->mapper->insert($this->meeting('abcd1234', 'alice', 1700000000));
		$this->assertFalse($this->mapper->unlock('abcd1234'), 'not locked yet');
		$this->mapper->lock('abcd1234', 1700000100, 'bob', 'moderator');

		$this->assertTrue($this->mapper->unlock('abcd1234'));

		$row = $this->db->dbal()->fetchAssociative("SELECT locked, locked_at, locked_by, lock_reason FROM oc_safemeet_meetings WHERE token = 'abcd1234'");
		$this->assertEquals(['locked' => 0, 'locked_at' => null, 'locked_by' => null, 'lock_reason' => null], $row);
		$this->assertTrue($this->mapper->lock('abcd1234', 1700000300, 'carol', 'moderator'), 'can be locked again');
	}

	public function testCountsRefusedJoinsPerMeeting(): void {
		$this->mapper->insert($this->meeting('abcd1234', 'alice', 1700000000));
		$this->mapper->insert($this->meeting('wxyz9876', 'alice', 1700000000));

		$this->mapper->countRefusedJoin('abcd1234');
		$this->mapper->countRefusedJoin('abcd1234');
		$this->mapper->countRefusedJoin('wxyz9876');

		$this->assertSame(2, $this->mapper->findByToken('abcd1234')->getRefusedJoins());
		$this->assertSame(1, $this->mapper->findByToken('wxyz9876')->getRefusedJoins());
	}

	public function testRemembersWhenTheCallStarted(): void {
		$this->mapper->insert($this->meeting('abcd1234', 'alice', 1700000000));

		$this->mapper->setCallStartedAt('abcd1234', 1700000500);
		$this->mapper->setCallStartedAt('abcd1234', 1700009000);

		$this->assertSame(1700009000, $this->mapper->findByToken('abcd1234')->getCallStartedAt(), 'a new call counts from its own start');
	}

	public function testFindsMeetingsByTokenList(): void {
		$this->mapper->insert($this->meeting('abcd1234', 'alice', 1700000000));
		$this->mapper->insert($this->meeting('wxyz9876', 'bob', 1700000001));
		$this->mapper->insert($this->meeting('mnop5555', 'carol', 1700000002));

		$found = array_map(static fn (Meeting $m): string => $m->getToken(), $this->mapper->findByTokens(['wxyz9876', 'abcd1234', 'gone0000', 'abcd1234']));
		sort($found);

		$this->assertSame(['abcd1234', 'wxyz9876'], $found);
		$this->assertSame([], $this->mapper->findByTokens([]));
	}

	public function testPagesLeaveOutPurgedMeetings(): void {
		$ids = [];
		foreach (['aaaa1111', 'bbbb2222', 'cccc3333', 'dddd4444'] as $i => $token) {
			$ids[] = $this->mapper->insert($this->meeting($token, 'alice', 1700000000 + $i))->getId();
		}
		$this->mapper->markPurged($this->mapper->findByToken('bbbb2222'), 1700001000);

		$tokens = static fn (array $meetings): array => array_map(static fn (Meeting $m): string => $m->getToken(), $meetings);
		$this->assertSame(['aaaa1111', 'cccc3333'], $tokens($this->mapper->findPageAfter(0, 2)));
		$this->assertSame(['dddd4444'], $tokens($this->mapper->findPageAfter($ids[2], 2)));
		$this->assertSame([], $this->mapper->findPageAfter($ids[3], 2));
		$this->assertSame(['aaaa1111', 'dddd4444'], $tokens($this->mapper->findUnpurgedByIds([$ids[3], $ids[1], $ids[0]])));
		$this->assertSame([], $this->mapper->findUnpurgedByIds([]));
		$this->assertSame(3, $this->mapper->countUnpurged());
	}

	public function testAMeetingWhoseRoomTalkDeletedIsNoLongerLiveButStaysForRetention(): void {
		$ids = [];
		foreach (['aaaa1111', 'bbbb2222', 'cccc3333'] as $i => $token) {
			$ids[] = $this->mapper->insert($this->meeting($token, 'alice', 1700000000 + $i))->getId();
		}
		$this->mapper->lock('bbbb2222', 1700000100, 'bob', 'moderator');

		$this->assertSame(1, $this->mapper->markRoomDeleted('bbbb2222', 1700002000));
		$this->assertSame(0, $this->mapper->markRoomDeleted('bbbb2222', 1700003000), 'marked once');

		$tokens = static fn (array $meetings): array => array_map(static fn (Meeting $m): string => $m->getToken(), $meetings);
		$this->assertFalse($this->mapper->isRegistered('bbbb2222'));
		$this->assertSame(['aaaa1111', 'cccc3333'], $tokens($this->mapper->findByOwner('alice')));
		$this->assertSame(['aaaa1111', 'cccc3333'], $tokens($this->mapper->findPageAfter(0, 10)));
		$this->assertSame(['aaaa1111', 'bbbb2222', 'cccc3333'], $tokens($this->mapper->findPageAfter(0, 10, withDeletedRooms: true)));
		$this->assertSame(['bbbb2222'], $tokens($this->mapper->findUnpurgedByIds([$ids[1]])));
		$this->assertSame(3, $this->mapper->countUnpurged());
		$gone = $this->mapper->findUnpurgedByToken('bbbb2222');
		$this->assertSame([1700002000, false, null], [$gone->getRoomDeletedAt(), $gone->isLocked(), $gone->getLockedBy()]);
	}

	public function testAPurgedMeetingKeepsOnlyTokenAndOwnerAndIsNoLongerRegistered(): void {
		$meeting = $this->mapper->insert($this->meeting('abcd1234', 'alice', 1700000000));
		$this->mapper->lock('abcd1234', 1700000100, 'bob', 'moderator');
		$this->mapper->countRefusedJoin('abcd1234');

		$this->mapper->markPurged($meeting, 1700009999);

		$row = $this->db->dbal()->fetchAssociative('SELECT * FROM oc_safemeet_meetings');
		$this->assertEquals([
			'id' => $meeting->getId(), 'token' => 'abcd1234', 'owner_uid' => 'alice', 'plan' => '{}', 'created_at' => 1700000000, 'purged_at' => 1700009999,
			'locked' => 0, 'locked_at' => null, 'locked_by' => null, 'lock_reason' => null, 'refused_joins' => 0, 'call_started_at' => null, 'auto_locked_at' => null, 'room_deleted_at' => null,
		], $row);
		$this->assertFalse($this->mapper->isRegistered('abcd1234'), 'guards must not see a purged meeting');
		$this->assertSame([], $this->mapper->findByOwner('alice'));
		$this->assertSame(0, $this->mapper->deleteByToken('abcd1234'), 'the marker stays when Talk reports the room deleted');
	}

	public function testMarkingAMeetingWhoseRowTalksDeletionRemovedWritesTheMarkerAgain(): void {
		$meeting = $this->mapper->insert($this->meeting('abcd1234', 'alice', 1700000000));
		$this->mapper->deleteByToken('abcd1234');

		$this->mapper->markPurged($meeting, 1700009999);

		$row = $this->db->dbal()->fetchAssociative('SELECT token, owner_uid, plan, created_at, purged_at FROM oc_safemeet_meetings');
		$this->assertEquals(['token' => 'abcd1234', 'owner_uid' => 'alice', 'plan' => '{}', 'created_at' => 1700000000, 'purged_at' => 1700009999], $row);
	}

	public function testForgetsPurgedMeetingsOnlyAfterTheCutoff(): void {
		$this->mapper->markPurged($this->mapper->insert($this->meeting('aaaa1111', 'alice', 1)), 1000);
		$this->mapper->markPurged($this->mapper->insert($this->meeting('bbbb2222', 'alice', 1)), 2000);
		$this->mapper->insert($this->meeting('cccc3333', 'alice', 1));

		$this->assertSame(1, $this->mapper->deletePurgedBefore(1500));

		$this->assertSame(['bbbb2222', 'cccc3333'], $this->db->dbal()->fetchFirstColumn('SELECT token FROM oc_safemeet_meetings ORDER BY token'));
	}
}
