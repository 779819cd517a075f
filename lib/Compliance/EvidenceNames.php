<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCA\SafeMeeting\Db\Attestation;
use OCA\SafeMeeting\Service\AttestationService;
use OCP\IL10N;

/**
 * Translated words for attested evidence: the items' names, a provider's uses, and one line per
 * attestation for the criteria's evidence.
 */
class EvidenceNames {
	public function __construct(
		private AttestationService $attestations,
		private IL10N $l,
	) {
	}

	public function item(string $item): string {
		return match ($item) {
			'processor-agreement' => $this->l->t('Processor agreements (Art. 28 GDPR)'),
			'processing-record' => $this->l->t('Record of processing activities (Art. 30 GDPR)'),
			'dpia' => $this->l->t('Data protection impact assessment (Art. 35 GDPR)'),
			'works-council' => $this->l->t('Works council agreement (§ 87(1) no. 6 BetrVG)'),
			'toms' => $this->l->t('Technical and organisational measures (Art. 32 GDPR)'),
			default => $item,
		};
	}

	/** @param list<string> $uses ExternalHosts' `signaling`, `recording`, `turn`, `stun` */
	public function uses(array $uses): string {
		return implode(', ', array_map(fn (string $use): string => match ($use) {
			'signaling' => $this->l->t('signalling'),
			'recording' => $this->l->t('recording'),
			'turn' => 'TURN',
			default => 'STUN',
		}, $uses));
	}

	/** "document, attested by X on date, next review date" or "review overdue since date" */
	public function attestation(?Attestation $attestation): string {
		if ($attestation === null) {
			return $this->l->t('not attested');
		}
		$review = gmdate('Y-m-d', $attestation->getReviewDue());
		return $this->l->t('%1$s, attested by %2$s on %3$s; %4$s', [
			$attestation->getDocumentRef(),
			$attestation->getAttestedBy(),
			gmdate('Y-m-d', $attestation->getAttestedAt()),
			$this->attestations->isOverdue($attestation)
				? $this->l->t('review overdue since %s', [$review])
				: $this->l->t('next review %s', [$review]),
		]);
	}
}
