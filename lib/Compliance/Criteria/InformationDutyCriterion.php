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
use OCA\SafeMeeting\Service\PolicyService;
use OCP\IL10N;

/**
 * 16. Information duty (Art. 13): the server links its privacy policy and legal notice (theming), and
 * Safe Meeting's versioned privacy notice, shown before joining, has a text and a version.
 */
class InformationDutyCriterion implements Criterion {
	public function __construct(
		private ConfigReader $reader,
		private PolicyService $policyService,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 16;
	}

	public function title(): string {
		return $this->l->t('Information duty (Art. 13 GDPR)');
	}

	public function sources(): string {
		return 'B+D';
	}

	public function evaluate(): CriterionResult {
		$privacyUrl = trim($this->reader->appValue('theming', 'privacyUrl') ?? '');
		$imprintUrl = trim($this->reader->appValue('theming', 'imprintUrl') ?? '');
		$policy = $this->policyService->getOrganisationPolicy();
		$notice = $policy['privacyNotice'] ?? [];
		$text = trim((string)($notice['text'] ?? ''));
		$version = trim((string)($notice['version'] ?? ''));
		// Added by a later policy version: a policy stored before it counts as "optional".
		$required = ($policy['settings']['requirePrivacyNotice']['default'] ?? 'optional') === 'required';
		$notSet = $this->l->t('not set');
		$evidence = [
			new Evidence('theming.privacyUrl', $this->l->t('Link to the privacy policy'), $privacyUrl === '' ? $notSet : $privacyUrl),
			new Evidence('theming.imprintUrl', $this->l->t('Link to the legal notice'), $imprintUrl === '' ? $notSet : $imprintUrl),
			new Evidence('policy.privacyNotice.version', $this->l->t('Version of the privacy notice shown before joining'), $text === '' ? $notSet : $version),
			new Evidence('policy.settings.requirePrivacyNotice', $this->l->t('Guests must read the notice before joining'), $required ? $this->l->t('yes') : $this->l->t('no')),
		];
		if ($privacyUrl === '' || $imprintUrl === '') {
			return CriterionResult::fails($this->l->t('The server does not link both a privacy policy and a legal notice.'), $evidence,
				Fix::link($this->links->section('theming'), $this->l->t('Open the theming settings'), $this->l->t('Theming → Legal notice link and Privacy policy link')));
		}
		if ($text === '' || $version === '') {
			return CriterionResult::fails($this->l->t('Safe meetings have no privacy notice to show before joining.'), $evidence,
				Fix::link($this->links->section('safe_meeting'), $this->l->t('Open the policy'), $this->l->t('Policy → Privacy notice: text and version')));
		}
		return CriterionResult::holds($this->l->t('Participants find the privacy information before they join.'), $evidence);
	}
}
