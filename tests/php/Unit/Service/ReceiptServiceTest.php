<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Service;

use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Db\Receipt;
use OCA\SafeMeeting\Db\ReceiptMapper;
use OCA\SafeMeeting\Service\ReceiptService;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\FakeL10N;
use OCA\SafeMeeting\Tests\Support\InMemoryAppConfig;
use OCA\SafeMeeting\Tests\Support\ReceiptBuilder;
use PHPUnit\Framework\TestCase;

class ReceiptServiceTest extends TestCase {
	private SqliteConnection $db;
	private ReceiptMapper $receipts;
	private InMemoryAppConfig $config;
	private ReceiptService $service;

	protected function setUp(): void {
		$this->db = SqliteConnection::withAppSchema();
		$this->receipts = new ReceiptMapper($this->db);
		$this->config = new InMemoryAppConfig();
		$this->service = new ReceiptService($this->receipts, new MeetingMapper($this->db), $this->config, new FakeL10N());
	}

	private function receipt(string $owner, int $at, string $name = 'agenda.pdf', string $token = 'abcd1234'): Receipt {
		return $this->receipts->insert(ReceiptBuilder::make($owner, $at, $name, [
			'token' => $token, 'action' => Receipt::ACTION_KEPT, 'reason' => 'outside-talk-folder', 'rule' => Receipt::RULE_PURGE,
			'actorType' => Receipt::ACTOR_USER, 'actorId' => $owner,
		]));
	}

	public function testPagesSayWhetherMoreFollow(): void {
		foreach (range(1, 3) as $i) {
			$this->receipt('alice', $i, "f$i");
		}
		$first = $this->service->page(null, null, 2, 0);
		$this->assertSame(['f3', 'f2'], array_map(static fn (Receipt $r): string => $r->getObjectName(), $first['receipts']));
		$this->assertTrue($first['hasMore']);
		$last = $this->service->page(null, null, 2, 2);
		$this->assertSame(['f1'], array_map(static fn (Receipt $r): string => $r->getObjectName(), $last['receipts']));
		$this->assertFalse($last['hasMore']);
	}

	public function testPageSizeIsBounded(): void {
		foreach (range(1, ReceiptService::PAGE_MAX + 5) as $i) {
			$this->receipt('alice', $i);
		}
		$this->assertCount(ReceiptService::PAGE_MAX, $this->service->page(null, null, 100000, 0)['receipts']);
		$this->assertCount(1, $this->service->page(null, null, -3, -7)['receipts']);
	}

	public function testExportsEveryMatchingReceiptAsCsvOldestFirst(): void {
		$this->receipt('alice', 1700000000, 'agenda.pdf');
		$this->receipt('bob', 1700000001, 'bobs.pdf', 'wxyz9876');
		$this->receipt('alice', 1700000002, 'minutes, final "v2".pdf');

		$csv = stream_get_contents($this->service->exportCsv('alice', null));

		$lines = explode("\n", trim((string)$csv));
		$this->assertSame('"[t] Receipt","[t] Meeting","[t] Kind","[t] Object ID","[t] Name","[t] Action","[t] Reason","[t] Rule","[t] Time (UTC)","[t] Actor","[t] User"', $lines[0]);
		$this->assertCount(3, $lines);
		$this->assertStringContainsString(',abcd1234,file,42,agenda.pdf,kept,outside-talk-folder,purge,2023-11-14T22:13:20Z,user,alice', $lines[1]);
		$this->assertStringContainsString('"minutes, final ""v2"".pdf"', $lines[2]);
	}

	public function testTheExportWalksPastOneChunkAndKeepsFormulasInert(): void {
		foreach (range(1, 501) as $i) {
			$this->receipt('alice', $i, $i === 501 ? '=HYPERLINK("http://evil")' : "f$i");
		}
		$rows = array_map('str_getcsv', explode("\n", trim((string)stream_get_contents($this->service->exportCsv(null, null)))));
		$this->assertCount(502, $rows);
		$this->assertSame('\'=HYPERLINK("http://evil")', $rows[501][4]);
	}

	public function testRetentionDaysAreStoredOnlyWhenValid(): void {
		$this->assertSame(365, $this->service->retentionDays());
		foreach (['30', 0, 3651, 1.5, null] as $bad) {
			$this->assertFalse($this->service->setRetentionDays($bad));
		}
		$this->assertSame(0, $this->config->writes, 'nothing stored');
		$this->assertTrue($this->service->setRetentionDays(30));
		$this->assertSame(30, $this->service->retentionDays());
		$this->assertTrue($this->config->lazy['safe_meeting']['receipt_retention_days']);
	}

	public function testExpiresReceiptsAndPurgedMeetingsOlderThanThePeriod(): void {
		$this->service->setRetentionDays(10);
		$now = 2_000_000_000;
		$this->receipt('alice', $now - 10 * 86400 - 1, 'old');
		$this->receipt('alice', $now - 10 * 86400, 'boundary');
		$this->db->dbal()->executeStatement("INSERT INTO oc_safemeet_meetings (token, owner_uid, plan, created_at, purged_at) VALUES ('old11111', 'alice', '{}', 1, " . ($now - 11 * 86400) . "), ('new22222', 'alice', '{}', 1, " . ($now - 86400) . ')');

		$this->assertSame(1, $this->service->expire($now));

		$this->assertSame(['boundary'], array_map(static fn (Receipt $r): string => $r->getObjectName(), $this->service->page(null, null, 10, 0)['receipts']));
		$this->assertSame(['new22222'], $this->db->dbal()->fetchFirstColumn('SELECT token FROM oc_safemeet_meetings'));
	}
}
