<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\SetupCheck;

use OCA\SafeMeeting\Compliance\AdminLinks;
use OCA\SafeMeeting\Compliance\ComplianceService;
use OCA\SafeMeeting\Compliance\Status;
use OCP\IL10N;
use OCP\SetupCheck\ISetupCheck;
use OCP\SetupCheck\SetupResult;

/**
 * One compliance criterion in Nextcloud's own admin overview ("Security & setup warnings"): a failing
 * criterion is a warning with the exact setting, and the link leads to Safe Meeting's compliance page.
 * Nextcloud registers setup checks by class, so each shown criterion is a subclass naming its number.
 */
abstract class CriterionSetupCheck implements ISetupCheck {
	public function __construct(
		private ComplianceService $compliance,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	/** The number of the criterion in compliance.md. */
	abstract protected function criterion(): int;

	public function getCategory(): string {
		return 'security';
	}

	public function getName(): string {
		return $this->l->t('Safe Meeting: %s', [$this->compliance->title($this->criterion()) ?? (string)$this->criterion()]);
	}

	public function run(): SetupResult {
		$entry = $this->compliance->evaluate($this->criterion());
		$link = $this->links->section('safe_meeting');
		if ($entry === null) {
			return SetupResult::info(null, $link);
		}
		$result = $entry->result;
		return match ($result->status) {
			Status::HOLDS => SetupResult::success($result->summary),
			Status::FAILS => SetupResult::warning(
				$result->fix === null ? $result->summary : $this->l->t('%1$s Fix: %2$s', [$result->summary, $result->fix->setting]),
				$link,
			),
			default => SetupResult::info($result->summary, $link),
		};
	}
}
