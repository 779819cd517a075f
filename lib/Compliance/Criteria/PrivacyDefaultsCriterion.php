<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\AdminLinks;
use OCA\SafeMeeting\Compliance\ComplianceFixes;
use OCA\SafeMeeting\Compliance\ConfigReader;
use OCA\SafeMeeting\Compliance\Criterion;
use OCA\SafeMeeting\Compliance\CriterionResult;
use OCA\SafeMeeting\Compliance\Evidence;
use OCA\SafeMeeting\Compliance\Fix;
use OCA\SafeMeeting\Compliance\TalkDefaults;
use OCP\IL10N;

/**
 * 9. Privacy-friendly defaults (Art. 25): calls start with camera and microphone off, and new
 * conversations get no dial-in by default. Background blur is a user preference without an admin default.
 */
class PrivacyDefaultsCriterion implements Criterion {
	public function __construct(
		private ConfigReader $reader,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 9;
	}

	public function title(): string {
		return $this->l->t('Privacy-friendly defaults');
	}

	public function sources(): string {
		return 'B+D';
	}

	public function evaluate(): CriterionResult {
		$this->reader->requireApp(TalkDefaults::APP);
		$withoutMedia = $this->reader->appBool(TalkDefaults::APP, 'calls_start_without_media', false);
		$sipDefault = $this->reader->appInt(TalkDefaults::APP, 'sip_dialin_default', 0);
		$evidence = [
			new Evidence('spreed.calls_start_without_media', $this->l->t('Calls start with camera and microphone off'), $withoutMedia ? $this->l->t('yes') : $this->l->t('no')),
			new Evidence('spreed.sip_dialin_default', $this->l->t('Dial-in for new conversations'), $sipDefault === 0 ? $this->l->t('off') : $this->l->t('on')),
			new Evidence('spreed.blur_virtual_background', $this->l->t('Background blur'), $this->l->t('each user decides; Talk has no admin default')),
		];
		if (!$withoutMedia) {
			return CriterionResult::fails(
				$this->l->t('Calls start with camera and microphone on.'),
				$evidence,
				Fix::action(ComplianceFixes::CALLS_WITHOUT_MEDIA, $this->l->t('Start calls without camera and microphone'), 'occ config:app:set spreed calls_start_without_media --value=1'),
			);
		}
		if ($sipDefault !== 0) {
			return CriterionResult::fails(
				$this->l->t('New conversations get dial-in by default.'),
				$evidence,
				Fix::link($this->links->section('talk'), $this->l->t('Open the Talk settings'), 'occ config:app:delete spreed sip_dialin_default'),
			);
		}
		return CriterionResult::holds($this->l->t('Calls start without camera and microphone, and without dial-in.'), $evidence);
	}
}
