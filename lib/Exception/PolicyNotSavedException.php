<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * Storing the organisation policy failed midway. The keys written before the failure were rolled back;
 * `$changedAnyway` lists the parts whose rollback failed too (normally none), which were audited.
 */
class PolicyNotSavedException extends \Exception {
	/**
	 * @param list<string> $changedAnyway policy paths (`settings.lobby`, `groupRules`, …)
	 */
	public function __construct(
		public readonly array $changedAnyway,
		?\Throwable $previous = null,
	) {
		parent::__construct('The Safe Meeting policy could not be saved', 0, $previous);
	}
}
