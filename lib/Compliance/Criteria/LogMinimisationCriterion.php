<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\AdminLinks;
use OCA\SafeMeeting\Compliance\ConfigReader;
use OCA\SafeMeeting\Compliance\Criterion;
use OCA\SafeMeeting\Compliance\CriterionResult;
use OCA\SafeMeeting\Compliance\Evidence;
use OCA\SafeMeeting\Compliance\Fix;
use OCP\IL10N;

/**
 * 13. Log and metadata minimisation: the log level is not debug, the log rotates, and the activity
 * stream expires.
 */
class LogMinimisationCriterion implements Criterion {
	private const DEBUG = 0;
	private const DEFAULT_LEVEL = 2;
	/** Nextcloud's default: rotate at 100 MiB. */
	private const DEFAULT_ROTATE_SIZE = 104857600;
	private const DEFAULT_ACTIVITY_DAYS = 365;

	public function __construct(
		private ConfigReader $reader,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 13;
	}

	public function title(): string {
		return $this->l->t('Log and metadata minimisation');
	}

	public function sources(): string {
		return 'D';
	}

	public function evaluate(): CriterionResult {
		$level = (int)$this->reader->system('loglevel', self::DEFAULT_LEVEL);
		$rotate = (int)$this->reader->system('log_rotate_size', self::DEFAULT_ROTATE_SIZE);
		$activityDays = (int)$this->reader->system('activity_expire_days', self::DEFAULT_ACTIVITY_DAYS);
		$evidence = [
			new Evidence('system.loglevel', $this->l->t('Log level (0 = debug … 4 = fatal)'), (string)$level),
			new Evidence('system.log_rotate_size', $this->l->t('Log rotation size (bytes, 0 = never)'), (string)$rotate),
			new Evidence('system.activity_expire_days', $this->l->t('Days until activities are deleted'), (string)$activityDays),
		];
		if ($level === self::DEBUG) {
			return CriterionResult::fails($this->l->t('The server logs at debug level, which records far more personal data than needed.'), $evidence,
				Fix::link($this->links->section('logging'), $this->l->t('Open the logging settings'), "'loglevel' => 2 (config/config.php)"));
		}
		if ($rotate <= 0) {
			return CriterionResult::fails($this->l->t('The log is never rotated, so it keeps entries forever.'), $evidence,
				Fix::link($this->links->section('logging'), $this->l->t('Open the logging settings'), "'log_rotate_size' => 104857600 (config/config.php)"));
		}
		return CriterionResult::holds($this->l->t('The log records warnings and errors only and is rotated.'), $evidence);
	}
}
