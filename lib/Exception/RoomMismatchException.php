<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * The room does not match the plan; carries the findings.
 */
class RoomMismatchException extends \Exception {
	/**
	 * @param list<array{code: string, expected: string|int|bool, actual: string|int|bool}> $findings
	 */
	public function __construct(
		private array $findings,
	) {
		parent::__construct("Room does not match the plan");
	}

	/** @return list<array{code: string, expected: string|int|bool, actual: string|int|bool}> */
	public function getFindings(): array {
		return $this->findings;
	}
}
