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
 * 6. Brute-force protection and password rules: core's brute-force protection is on, and the
 * password_policy app enforces a minimum length.
 */
class BruteForceCriterion implements Criterion {
	/** password_policy's own default minimum length (Nextcloud 32). */
	public const MIN_LENGTH = 10;

	public function __construct(
		private ConfigReader $reader,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 6;
	}

	public function title(): string {
		return $this->l->t('Brute-force protection and password rules');
	}

	public function sources(): string {
		return 'D';
	}

	public function evaluate(): CriterionResult {
		$bruteForce = (bool)$this->reader->system('auth.bruteforce.protection.enabled', true);
		$policyApp = $this->reader->appEnabled('password_policy');
		$minLength = $policyApp ? $this->reader->appInt('password_policy', 'minLength', self::MIN_LENGTH) : 0;
		$evidence = [
			new Evidence('system.auth.bruteforce.protection.enabled', $this->l->t('Brute-force protection'), $bruteForce ? $this->l->t('on') : $this->l->t('off')),
			new Evidence('apps.password_policy', $this->l->t('Password policy app'), $policyApp ? $this->l->t('enabled') : $this->l->t('disabled')),
			new Evidence('password_policy.minLength', $this->l->t('Minimum password length'), $policyApp ? (string)$minLength : '—'),
		];
		if (!$bruteForce) {
			return CriterionResult::fails($this->l->t('Brute-force protection is switched off.'), $evidence,
				Fix::link($this->links->section('security'), $this->l->t('Open the security settings'), "'auth.bruteforce.protection.enabled' => true (config/config.php)"));
		}
		if (!$policyApp || $minLength < self::MIN_LENGTH) {
			return CriterionResult::fails(
				$this->l->t('Passwords do not have to be at least %s characters long.', [(string)self::MIN_LENGTH]),
				$evidence,
				Fix::link($this->links->section('security'), $this->l->t('Open the security settings'), 'occ app:enable password_policy; ' . $this->l->t('Security → Password policy → Minimum length: %s', [(string)self::MIN_LENGTH])),
			);
		}
		return CriterionResult::holds($this->l->t('Logins are throttled and passwords have a minimum length.'), $evidence);
	}
}
