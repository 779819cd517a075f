<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Service;

use OCA\SafeMeeting\Db\AttestationMapper;
use OCA\SafeMeeting\Event\AttestationRecordedEvent;
use OCA\SafeMeeting\Listener\ComplianceAuditListener;
use OCA\SafeMeeting\Policy\Violation;
use OCA\SafeMeeting\Service\AttestationService;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\RecordingEventDispatcher;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\Log\Audit\CriticalActionPerformedEvent;
use PHPUnit\Framework\TestCase;

/**
 * Attestations through the mapper into the table the migration creates.
 */
class AttestationServiceTest extends TestCase {
	/** 2026-12-01 14:00 UTC */
	private int $now = 1796133600;
	private SqliteConnection $db;
	private RecordingEventDispatcher $dispatcher;

	protected function setUp(): void {
		$this->db = SqliteConnection::withAppSchema();
		$this->dispatcher = new RecordingEventDispatcher();
	}

	private function service(): AttestationService {
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getTime')->willReturnCallback(fn (): int => $this->now);
		return new AttestationService(new AttestationMapper($this->db), $time, $this->dispatcher);
	}

	/** @param list<Violation> $violations */
	private static function codes(array $violations): array {
		return array_map(static fn (Violation $v): string => "$v->field:$v->code", $violations);
	}

	public function testRecordsWhoAttestedWhatAndWhenWithTheDocumentAndTheNextReview(): void {
		$this->assertSame([], $this->service()->attest(['item' => 'processor-agreement', 'documentRef' => ' AVV Hosting 2026/14 ', 'reviewDue' => '2027-06-30'], 'admin'));

		$current = $this->service()->current();
		$this->assertSame(['processor-agreement'], array_keys($current));
		$this->assertSame(
			'{"item":"processor-agreement","subject":"","attestedBy":"admin","attestedAt":' . $this->now . ',"documentRef":"AVV Hosting 2026\/14","reviewDue":' . gmmktime(0, 0, 0, 6, 30, 2027) . ',"details":{}}',
			json_encode($current['processor-agreement']->toArray()),
		);
		[$event] = $this->dispatcher->ofType(AttestationRecordedEvent::class);
		$audit = new RecordingEventDispatcher();
		(new ComplianceAuditListener($audit))->handle($event);
		[$entry] = $audit->ofType(CriticalActionPerformedEvent::class);
		$this->assertSame('Safe Meeting evidence "processor-agreement" attested by "admin": document "AVV Hosting 2026/14", next review 2027-06-30', vsprintf($entry->getLogMessage(), array_values($entry->getParameters())));
	}

	public function testTheLatestAttestationCountsAndTheHistoryStays(): void {
		$this->service()->attest(['item' => 'dpia', 'documentRef' => 'DPIA v1', 'reviewDue' => '2027-01-01'], 'admin');
		$this->service()->attest(['item' => 'dpia', 'documentRef' => 'DPIA v2', 'reviewDue' => '2027-12-31'], 'dpo');
		$this->assertSame('DPIA v2', $this->service()->current()['dpia']->getDocumentRef());
		$this->assertSame(2, (int)$this->db->dbal()->fetchOne('SELECT COUNT(*) FROM oc_safemeet_attest'));
	}

	public function testClassifiesAProviderWithItsRoleAndTransferBasis(): void {
		$this->assertSame([], $this->service()->attest(['item' => 'host', 'subject' => 'Stun.Nextcloud.com', 'role' => 'processor', 'transfer' => 'eu', 'documentRef' => 'AVV Nextcloud GmbH', 'reviewDue' => '2027-12-01'], 'admin'));
		$attestation = $this->service()->current()['host:stun.nextcloud.com'];
		$this->assertSame(['role' => 'processor', 'transfer' => 'eu'], $attestation->detailsArray());
	}

	public function testRefusesIncompleteOrWrongInputAndStoresNothing(): void {
		$cases = [
			[['item' => 'gdpr-sticker', 'documentRef' => 'x', 'reviewDue' => '2027-01-01'], ['item:invalid']],
			[['item' => 'toms', 'documentRef' => '  ', 'reviewDue' => ''], ['documentRef:required', 'reviewDue:required']],
			[['item' => 'toms', 'documentRef' => str_repeat('x', 256), 'reviewDue' => '2027-02-30'], ['documentRef:too-long', 'reviewDue:invalid']],
			[['item' => 'toms', 'documentRef' => 'TOM', 'reviewDue' => '2026-12-01'], ['reviewDue:review-date']],
			[['item' => 'toms', 'documentRef' => 'TOM', 'reviewDue' => '2033-01-01'], ['reviewDue:review-date']],
			[['item' => 'host', 'subject' => 'x y', 'role' => 'friend', 'transfer' => 'moon', 'documentRef' => 'A', 'reviewDue' => '2027-01-01'], ['subject:invalid', 'role:invalid', 'transfer:invalid']],
			[['item' => 'host', 'role' => 'own', 'transfer' => 'eu', 'documentRef' => 'A', 'reviewDue' => '2027-01-01'], ['subject:required']],
		];
		foreach ($cases as [$input, $expected]) {
			$this->assertSame($expected, self::codes($this->service()->attest($input, 'admin')), json_encode($input));
		}
		$this->assertSame([], $this->service()->current());
		$this->assertSame([], $this->dispatcher->events);
	}

	public function testAReviewIsOverdueTheDayAfterItsDate(): void {
		$this->service()->attest(['item' => 'toms', 'documentRef' => 'TOM', 'reviewDue' => '2026-12-02'], 'admin');
		$toms = $this->service()->current()['toms'];
		$this->now = gmmktime(23, 59, 59, 12, 2, 2026);
		$this->assertFalse($this->service()->isOverdue($toms));
		$this->now = gmmktime(0, 0, 0, 12, 3, 2026);
		$this->assertTrue($this->service()->isOverdue($toms));
	}
}
