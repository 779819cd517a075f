<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCA\SafeMeeting\Db\Attestation;
use OCA\SafeMeeting\ResponseDefinitions;
use OCA\SafeMeeting\Service\AttestationService;

/**
 * What the admin's evidence section shows: each criterion-18 item and each provider in Talk's media path
 * with the attestation in force and whether its review is overdue.
 *
 * @psalm-import-type SafeMeetingEvidenceOverview from ResponseDefinitions
 */
class EvidenceOverview {
	public function __construct(
		private AttestationService $attestations,
		private Providers $providers,
		private EvidenceNames $names,
	) {
	}

	/** @return SafeMeetingEvidenceOverview */
	public function get(): array {
		$current = $this->attestations->current();
		$items = array_map(fn (string $item): array => [
			'item' => $item,
			'name' => $this->names->item($item),
		] + $this->state($current[$item] ?? null), AttestationService::ITEMS);
		try {
			[$providers, $hostsReadable] = [$this->providers->all(), true];
		} catch (UnreadableException) {
			[$providers, $hostsReadable] = [[], false];
		}
		$hosts = [];
		foreach ($providers as $host => ['uses' => $uses, 'attestation' => $attestation]) {
			$hosts[] = ['host' => $host, 'uses' => $uses] + $this->state($attestation);
		}
		return ['items' => $items, 'hosts' => $hosts, 'hostsReadable' => $hostsReadable];
	}

	/** @return array{attestation: ?array, overdue: bool} */
	private function state(?Attestation $attestation): array {
		return [
			'attestation' => $attestation?->toArray(),
			'overdue' => $attestation !== null && $this->attestations->isOverdue($attestation),
		];
	}
}
