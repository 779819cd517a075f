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
 * 17. No telemetry to the vendor: the survey client (usage statistics to Nextcloud GmbH) is off.
 * Whether pages load external fonts or CDNs cannot be read from the configuration; the report says so.
 */
class NoTelemetryCriterion implements Criterion {
	public function __construct(
		private ConfigReader $reader,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 17;
	}

	public function title(): string {
		return $this->l->t('No telemetry to the vendor');
	}

	public function sources(): string {
		return 'B';
	}

	public function evaluate(): CriterionResult {
		$survey = $this->reader->appEnabled('survey_client');
		$updateChecker = (bool)$this->reader->system('updatechecker', true);
		$evidence = [
			new Evidence('apps.survey_client', $this->l->t('Usage survey (survey_client)'), $survey ? $this->l->t('enabled') : $this->l->t('disabled')),
			new Evidence('system.updatechecker', $this->l->t('Update check (sends the server version)'), $updateChecker ? $this->l->t('on') : $this->l->t('off')),
			new Evidence('web.externalResources', $this->l->t('External fonts and CDNs'), $this->l->t('cannot be read from the configuration; check the browser\'s network log')),
		];
		if ($survey) {
			return CriterionResult::fails($this->l->t('The usage survey app can send statistics to Nextcloud GmbH.'), $evidence,
				Fix::link($this->links->apps(), $this->l->t('Open the apps'), 'occ app:disable survey_client'));
		}
		return CriterionResult::holds($this->l->t('No usage statistics are sent to the vendor.'), $evidence);
	}
}
