<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\AdminLinks;
use OCA\SafeMeeting\Compliance\ConfigReader;
use OCA\SafeMeeting\Compliance\Criterion;
use OCA\SafeMeeting\Compliance\CriterionResult;
use OCA\SafeMeeting\Compliance\EvidenceNames;
use OCA\SafeMeeting\Compliance\Evidence;
use OCA\SafeMeeting\Compliance\Fix;
use OCA\SafeMeeting\Compliance\Providers;
use OCA\SafeMeeting\Compliance\TalkDefaults;
use OCA\SafeMeeting\Service\AttestationService;
use OCP\IL10N;

/**
 * 1. No third party in the media or signalling path without a processor agreement: every host Talk sends
 * media or signalling through is the organisation's own, or a processor whose agreement an admin attested
 * and whose review date has not passed.
 */
class ThirdPartyHostsCriterion implements Criterion {
	public function __construct(
		private ConfigReader $reader,
		private Providers $providers,
		private AttestationService $attestations,
		private EvidenceNames $names,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 1;
	}

	public function title(): string {
		return $this->l->t('No third party in the media path without a processor agreement');
	}

	public function sources(): string {
		return 'B+D';
	}

	public function evaluate(): CriterionResult {
		$this->reader->requireApp(TalkDefaults::APP);
		$providers = $this->providers->all();
		$evidence = [];
		$open = 0;
		foreach ($providers as $host => ['uses' => $uses, 'attestation' => $attestation]) {
			$role = $attestation?->detailsArray()['role'] ?? null;
			if ($attestation === null || ($role === 'processor' && $this->attestations->isOverdue($attestation))) {
				$open++;
			}
			$value = match ($role) {
				'own' => $this->l->t('operated by us: %s', [$this->names->attestation($attestation)]),
				'processor' => $this->l->t('processor: %s', [$this->names->attestation($attestation)]),
				default => $this->l->t('not classified: a third party unless you attest otherwise'),
			};
			$evidence[] = new Evidence("host.$host", $this->l->t('%1$s (%2$s)', [$host, $this->names->uses($uses)]), $value);
		}
		if ($providers === []) {
			return CriterionResult::holds($this->l->t('Talk sends media and signalling only through this server.'), $evidence);
		}
		if ($open === 0) {
			return CriterionResult::holds($this->l->t('Every provider in the media path is your own or bound by a processor agreement.'), $evidence);
		}
		return CriterionResult::fails(
			$this->l->n('%n provider in the media path is not covered by a processor agreement.', '%n providers in the media path are not covered by a processor agreement.', $open),
			$evidence,
			Fix::link($this->links->section('safe_meeting') . '#safe-meeting-evidence', $this->l->t('Classify the providers'), $this->l->t('Safe Meeting → Organisational evidence → Providers in the media path; or your own STUN server in the Talk settings')),
		);
	}
}
