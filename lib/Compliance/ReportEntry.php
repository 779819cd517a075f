<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCA\SafeMeeting\ResponseDefinitions;

/**
 * One line of the compliance report: a criterion and what its evaluation found.
 *
 * @psalm-import-type SafeMeetingCriterion from ResponseDefinitions
 */
final class ReportEntry {
	public function __construct(
		public readonly int $criterion,
		public readonly string $title,
		public readonly string $sources,
		public readonly CriterionResult $result,
	) {
	}

	/** @return SafeMeetingCriterion */
	public function toArray(): array {
		return [
			'criterion' => $this->criterion,
			'title' => $this->title,
			'sources' => $this->sources,
			'status' => $this->result->status,
			'summary' => $this->result->summary,
			'evidence' => array_map(static fn (Evidence $e): array => $e->toArray(), $this->result->evidence),
			'fix' => $this->result->fix?->toArray(),
		];
	}
}
