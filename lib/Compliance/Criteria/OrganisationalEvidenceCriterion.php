<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\AdminLinks;
use OCA\SafeMeeting\Compliance\Criterion;
use OCA\SafeMeeting\Compliance\CriterionResult;
use OCA\SafeMeeting\Compliance\EvidenceNames;
use OCA\SafeMeeting\Compliance\Evidence;
use OCA\SafeMeeting\Compliance\Fix;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Service\AttestationService;
use OCP\IL10N;

/**
 * 18. Organisational evidence, attested not measured: processor agreements, the record of processing
 * activities, the DPIA, the works council agreement and the TOMs each have a document and a review date
 * that has not passed.
 */
class OrganisationalEvidenceCriterion implements Criterion {
	public function __construct(
		private AttestationService $attestations,
		private EvidenceNames $names,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 18;
	}

	public function title(): string {
		return $this->l->t('Organisational evidence');
	}

	public function sources(): string {
		return 'B+D';
	}

	public function evaluate(): CriterionResult {
		try {
			$current = $this->attestations->current();
		} catch (\Throwable $e) {
			throw new UnreadableException('attestations', $e);
		}
		$evidence = [];
		$missing = 0;
		$overdue = 0;
		foreach (AttestationService::ITEMS as $item) {
			$attestation = $current[$item] ?? null;
			$missing += $attestation === null ? 1 : 0;
			$overdue += $attestation !== null && $this->attestations->isOverdue($attestation) ? 1 : 0;
			$evidence[] = new Evidence("attestation.$item", $this->names->item($item), $this->names->attestation($attestation));
		}
		if ($missing + $overdue === 0) {
			return CriterionResult::holds($this->l->t('Every document is attested and none is due for review.'), $evidence);
		}
		return CriterionResult::fails(
			$this->l->t('Not attested: %1$s. Overdue for review: %2$s.', [(string)$missing, (string)$overdue]),
			$evidence,
			Fix::link($this->links->section('safe_meeting') . '#safe-meeting-evidence', $this->l->t('Attest the documents'), $this->l->t('Safe Meeting → Organisational evidence')),
		);
	}
}
