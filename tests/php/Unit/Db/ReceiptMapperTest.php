<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Db;

use OCA\SafeMeeting\Db\Receipt;
use OCA\SafeMeeting\Db\ReceiptMapper;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\ReceiptBuilder;
use PHPUnit\Framework\TestCase;

/**
 * Runs the mapper against SQLite, with the tables the migrations declare.
 */
class ReceiptMapperTest extends TestCase {
	private SqliteConnection $db;
	private ReceiptMapper $mapper;

	protected function setUp(): void {
		$this->db = SqliteConnection::withAppSchema();
		$this->mapper = new ReceiptMapper($this->db);
	}

	private function receipt(string $token, string $owner, int $at, string $name = 'agenda.pdf'): Receipt {
		return $this->mapper->insert(ReceiptBuilder::make($owner, $at, $name, ['token' => $token]));
	}

	public function testStoresAReceiptAndSerialisesItToTheApiShape(): void {
		$receipt = $this->receipt('abcd1234', 'alice', 1700000000);

		$stored = $this->mapper->findPage(null, null, 10, 0);

		$this->assertCount(1, $stored);
		$this->assertSame([
			'id' => $receipt->getId(),
			'token' => 'abcd1234',
			'kind' => 'file',
			'objectId' => '42',
			'objectName' => 'agenda.pdf',
			'action' => 'deleted',
			'reason' => null,
			'rule' => 'file-retention',
			'at' => 1700000000,
			'actorType' => 'job',
			'actorId' => null,
		], $stored[0]->toArray());
	}

	public function testPagesNewestFirstAndFiltersByOwnerAndToken(): void {
		foreach (range(1, 5) as $i) {
			$this->receipt('abcd1234', 'alice', 1700000000 + $i, "a$i");
		}
		$this->receipt('wxyz9876', 'bob', 1700000100, 'b1');
		$this->receipt('efgh5678', 'alice', 1700000200, 'c1');

		$names = static fn (array $receipts): array => array_map(static fn (Receipt $r): string => $r->getObjectName(), $receipts);
		$this->assertSame(['c1', 'b1', 'a5'], $names($this->mapper->findPage(null, null, 3, 0)));
		$this->assertSame(['a4', 'a3', 'a2'], $names($this->mapper->findPage(null, null, 3, 3)));
		$this->assertSame(['c1', 'a5', 'a4', 'a3', 'a2', 'a1'], $names($this->mapper->findPage('alice', null, 10, 0)));
		$this->assertSame(['a5', 'a4'], $names($this->mapper->findPage('alice', 'abcd1234', 2, 0)));
		$this->assertSame([], $this->mapper->findPage('bob', 'abcd1234', 10, 0));
	}

	public function testWalksOldestFirstAfterAnId(): void {
		$first = $this->receipt('abcd1234', 'alice', 1700000001, 'one');
		$this->receipt('abcd1234', 'alice', 1700000002, 'two');
		$this->receipt('wxyz9876', 'bob', 1700000003, 'three');

		$names = array_map(static fn (Receipt $r): string => $r->getObjectName(), $this->mapper->findAfter(null, null, $first->getId(), 10));
		$this->assertSame(['two', 'three'], $names);
		$this->assertCount(1, $this->mapper->findAfter('alice', null, $first->getId(), 10));
		$this->assertCount(1, $this->mapper->findAfter(null, null, 0, 1));
	}

	public function testDeletesOnlyReceiptsOlderThanTheCutoff(): void {
		$this->receipt('abcd1234', 'alice', 999);
		$this->receipt('abcd1234', 'alice', 1000);
		$this->receipt('abcd1234', 'alice', 1001);

		$this->assertSame(1, $this->mapper->deleteActedBefore(1000));

		$this->assertSame([1001, 1000], array_map(static fn (Receipt $r): int => $r->getActedAt(), $this->mapper->findPage(null, null, 10, 0)));
	}
}
