<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * The plan is not valid; carries the violations.
 */
class InvalidPlanException extends \Exception {
	/**
	 * @param list<\OCA\SafeMeeting\Policy\Violation> $violations
	 */
	public function __construct(
		private array $violations,
	) {
		parent::__construct("Invalid plan");
	}

	/** @return list<\OCA\SafeMeeting\Policy\Violation> */
	public function getViolations(): array {
		return $this->violations;
	}
}
