<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCA\SafeMeeting\Db\Attestation;
use OCA\SafeMeeting\Db\AttestationMapper;
use OCA\SafeMeeting\Service\AttestationService;

/**
 * The providers in Talk's media path (ExternalHosts) with how an admin attested each is bound, for the
 * criteria, the evidence section and the Art. 30 record alike.
 */
class Providers {
	public function __construct(
		private ExternalHosts $hosts,
		private AttestationService $attestations,
	) {
	}

	/**
	 * @return array<string, array{uses: list<string>, attestation: ?Attestation}> by host
	 * @throws UnreadableException Talk's settings (a key) or the attestations cannot be read
	 */
	public function all(): array {
		$hosts = $this->hosts->list();
		try {
			$current = $this->attestations->current();
		} catch (\Throwable $e) {
			throw new UnreadableException('attestations', $e);
		}
		$providers = [];
		foreach ($hosts as $host => $uses) {
			$providers[$host] = ['uses' => $uses, 'attestation' => $current[AttestationMapper::key(AttestationService::HOST, $host)] ?? null];
		}
		return $providers;
	}
}
