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
use OCA\SafeMeeting\Compliance\TalkDefaults;
use OCA\SafeMeeting\Service\PolicyService;
use OCP\IL10N;

/**
 * 14. Joining without software or account: with Talk enabled, guests join conversations with a guest
 * link in the browser. Whether the policy lets meetings have guests at all is shown as evidence.
 */
class BrowserJoinCriterion implements Criterion {
	public function __construct(
		private ConfigReader $reader,
		private PolicyService $policyService,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 14;
	}

	public function title(): string {
		return $this->l->t('Joining without software or account');
	}

	public function sources(): string {
		return 'B+D';
	}

	public function evaluate(): CriterionResult {
		$enabled = $this->reader->appEnabled(TalkDefaults::APP);
		$guestAccess = $this->policyService->getOrganisationPolicy()['settings']['guestAccess']['default'] ?? null;
		$evidence = [
			new Evidence('apps.spreed', $this->l->t('Talk'), $enabled ? $this->l->t('enabled, version %s', [$this->reader->appVersion(TalkDefaults::APP)]) : $this->l->t('disabled')),
			new Evidence('policy.settings.guestAccess', $this->l->t('Guests in new safe meetings (default)'), $guestAccess === 'none' ? $this->l->t('no guests') : $this->l->t('guests with password')),
		];
		if (!$enabled) {
			return CriterionResult::fails($this->l->t('Talk is not enabled, so nobody can join a meeting.'), $evidence,
				Fix::link($this->links->apps(), $this->l->t('Open the apps'), 'occ app:enable spreed'));
		}
		return CriterionResult::holds($this->l->t('Guests join with a link in their browser, without an account or software.'), $evidence);
	}
}
