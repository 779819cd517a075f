<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Event;

use OCP\EventDispatcher\Event;

/**
 * Safe Meeting put a setting of a safe meeting's Talk room back to what its plan says (PlanRestorer).
 */
class PlanRestoredEvent extends Event {
	public function __construct(
		public readonly string $token,
		/** Talk's room property name, e.g. `recordingConsent`. */
		public readonly string $property,
		public readonly int|string $oldValue,
		public readonly int|string $newValue,
	) {
		parent::__construct();
	}
}
