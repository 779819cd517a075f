<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\Criteria\OrganisationalEvidenceCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Service\AttestationService;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class OrganisationalEvidenceCriterionTest extends CriterionTestCase {
	private function criterion(?AttestationService $attestations = null): OrganisationalEvidenceCriterion {
		return new OrganisationalEvidenceCriterion($attestations ?? $this->attestations(), $this->names(), $this->links(), $this->l);
	}

	private function attestAll(string $reviewDue = '2027-12-01'): void {
		foreach (AttestationService::ITEMS as $item) {
			$this->assertSame([], $this->attestations()->attest(['item' => $item, 'documentRef' => "Doc $item", 'reviewDue' => $reviewDue], 'dpo'));
		}
	}

	public function testFailsNamingWhatIsNotAttested(): void {
		$this->assertSame([], $this->attestations()->attest(['item' => 'processor-agreement', 'documentRef' => 'AVV 2026', 'reviewDue' => '2027-12-01'], 'dpo'));
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('[t] Not attested: 4. Overdue for review: 0.', $result->summary);
		$this->assertSame('[t] not attested', self::evidence($result)['attestation.dpia']);
		$this->assertSame('[t] AVV 2026, attested by dpo on 2026-12-01; [t] next review 2027-12-01', self::evidence($result)['attestation.processor-agreement']);
	}

	public function testHoldsWhenEverythingIsAttestedAndInTime(): void {
		$this->attestAll();
		$this->assertSame(Status::HOLDS, $this->criterion()->evaluate()->status);
	}

	public function testAnOverdueReviewBecomesAFinding(): void {
		$this->attestAll('2026-12-10');
		$this->now += 30 * 86400;
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('[t] Not attested: 0. Overdue for review: 5.', $result->summary);
		$this->assertStringContainsString('review overdue since 2026-12-10', self::evidence($result)['attestation.toms']);
	}

	public function testCannotBeReadWhenTheAttestationsCannotBeRead(): void {
		$attestations = $this->createMock(AttestationService::class);
		$attestations->method('current')->willThrowException(new \RuntimeException('no table'));
		$this->expectExceptionObject(new UnreadableException('attestations'));
		$this->criterion($attestations)->evaluate();
	}
}
