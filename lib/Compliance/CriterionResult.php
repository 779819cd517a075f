<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

/**
 * What one criterion found: its status, one translated sentence saying why, what it read, and the fix.
 */
final class CriterionResult {
	/**
	 * @param list<Evidence> $evidence
	 */
	private function __construct(
		public readonly string $status,
		public readonly string $summary,
		public readonly array $evidence,
		public readonly ?Fix $fix,
	) {
	}

	/** @param list<Evidence> $evidence */
	public static function holds(string $summary, array $evidence): self {
		return new self(Status::HOLDS, $summary, $evidence, null);
	}

	/** @param list<Evidence> $evidence */
	public static function fails(string $summary, array $evidence, ?Fix $fix): self {
		return new self(Status::FAILS, $summary, $evidence, $fix);
	}

	/** @param list<Evidence> $evidence what could be read before reading failed */
	public static function unreadable(string $summary, array $evidence = [], ?Fix $fix = null): self {
		return new self(Status::UNREADABLE, $summary, $evidence, $fix);
	}
}
