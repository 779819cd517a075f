<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\ComplianceFixes;
use OCA\SafeMeeting\Compliance\ConfigReader;
use OCA\SafeMeeting\Compliance\Criterion;
use OCA\SafeMeeting\Compliance\CriterionResult;
use OCA\SafeMeeting\Compliance\Evidence;
use OCA\SafeMeeting\Compliance\Fix;
use OCA\SafeMeeting\Compliance\TalkDefaults;
use OCP\IL10N;

/**
 * 10. Recording only with legal basis and notice: Talk cannot record (switched off, or no recording
 * server), or it always asks every participant for consent (`recording_consent` = 1).
 */
class RecordingCriterion implements Criterion {
	public function __construct(
		private ConfigReader $reader,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 10;
	}

	public function title(): string {
		return $this->l->t('Recording only with consent');
	}

	public function sources(): string {
		return 'D';
	}

	public function evaluate(): CriterionResult {
		$this->reader->requireApp(TalkDefaults::APP);
		$switchedOn = $this->reader->appValue(TalkDefaults::APP, 'call_recording') ?? 'yes';
		$servers = $this->reader->appJson(TalkDefaults::APP, 'recording_servers', []);
		$hasServer = is_array($servers) && is_array($servers['servers'] ?? null) && $servers['servers'] !== [];
		$consent = $this->reader->appInt(TalkDefaults::APP, 'recording_consent', 0);
		$evidence = [
			new Evidence('spreed.call_recording', $this->l->t('Recording'), $switchedOn === 'yes' ? $this->l->t('on') : $this->l->t('off')),
			new Evidence('spreed.recording_servers', $this->l->t('Recording server'), $hasServer ? $this->l->t('configured') : $this->l->t('not configured')),
			new Evidence('spreed.recording_consent', $this->l->t('Consent before recording'), match ($consent) {
				TalkDefaults::RECORDING_CONSENT_REQUIRED => $this->l->t('always required'),
				2 => $this->l->t('moderators decide per conversation'),
				default => $this->l->t('never asked'),
			}),
		];
		if ($switchedOn !== 'yes' || !$hasServer) {
			return CriterionResult::holds($this->l->t('Talk cannot record calls.'), $evidence);
		}
		if ($consent !== TalkDefaults::RECORDING_CONSENT_REQUIRED) {
			return CriterionResult::fails(
				$this->l->t('Calls can be recorded without asking every participant.'),
				$evidence,
				Fix::action(ComplianceFixes::RECORDING_CONSENT, $this->l->t('Always ask for consent before recording'), 'occ config:app:set spreed recording_consent --value=1'),
			);
		}
		return CriterionResult::holds($this->l->t('Every participant is asked before a call is recorded.'), $evidence);
	}
}
