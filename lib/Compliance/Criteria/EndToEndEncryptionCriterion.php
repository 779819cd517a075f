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
use OCP\IL10N;

/**
 * 4. End-to-end encryption is available for high-risk meetings: Talk encrypts calls end to end only with
 * the High-performance backend (external signalling) and `call_end_to_end_encryption` switched on.
 */
class EndToEndEncryptionCriterion implements Criterion {
	public function __construct(
		private ConfigReader $reader,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 4;
	}

	public function title(): string {
		return $this->l->t('End-to-end encryption for high-risk meetings');
	}

	public function sources(): string {
		return 'B+D';
	}

	public function evaluate(): CriterionResult {
		$this->reader->requireApp(TalkDefaults::APP);
		$enabled = $this->reader->appBool(TalkDefaults::APP, 'call_end_to_end_encryption', false);
		$servers = $this->reader->appJson(TalkDefaults::APP, 'signaling_servers', []);
		$external = is_array($servers) && is_array($servers['servers'] ?? null) && $servers['servers'] !== [];
		$evidence = [
			new Evidence('spreed.call_end_to_end_encryption', $this->l->t('End-to-end encryption of calls'), $enabled ? $this->l->t('on') : $this->l->t('off')),
			new Evidence('spreed.signaling_servers', $this->l->t('High-performance backend (external signalling)'), $external ? $this->l->t('configured') : $this->l->t('not configured')),
		];
		if ($enabled && $external) {
			return CriterionResult::holds($this->l->t('Calls can be encrypted end to end.'), $evidence);
		}
		return CriterionResult::fails(
			$external
				? $this->l->t('End-to-end encryption of calls is switched off.')
				: $this->l->t('End-to-end encryption needs the High-performance backend, which is not configured.'),
			$evidence,
			Fix::link($this->links->section('talk'), $this->l->t('Open the Talk settings'), 'occ config:app:set spreed call_end_to_end_encryption --value=1 (' . $this->l->t('needs the High-performance backend') . ')'),
		);
	}
}
