<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Event;

use OCA\SafeMeeting\Db\Attestation;
use OCP\EventDispatcher\Event;

/**
 * Dispatched after an admin attested organisational evidence or classified a provider.
 */
class AttestationRecordedEvent extends Event {
	public function __construct(
		private Attestation $attestation,
	) {
		parent::__construct();
	}

	public function getAttestation(): Attestation {
		return $this->attestation;
	}
}
