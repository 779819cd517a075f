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
use OCA\SafeMeeting\Service\PolicyService;
use OCP\IL10N;

/**
 * 12. Storage limitation: Talk deletes event, instant-meeting and phone rooms after their retention
 * (0 = never), and the organisation policy gives safe meetings a chat expiry and a meeting retention.
 */
class StorageLimitationCriterion implements Criterion {
	public function __construct(
		private ConfigReader $reader,
		private PolicyService $policyService,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 12;
	}

	public function title(): string {
		return $this->l->t('Storage limitation');
	}

	public function sources(): string {
		return 'B+D';
	}

	public function evaluate(): CriterionResult {
		$this->reader->requireApp(TalkDefaults::APP);
		$retention = [
			'retention_event_rooms' => [$this->l->t('Days until event conversations are deleted'), TalkDefaults::RETENTION_EVENT_ROOMS],
			'retention_instant_meetings' => [$this->l->t('Days until instant meetings are deleted'), TalkDefaults::RETENTION_INSTANT_MEETINGS],
			'retention_phone_rooms' => [$this->l->t('Days until phone conversations are deleted'), TalkDefaults::RETENTION_PHONE_ROOMS],
		];
		$evidence = [];
		$never = [];
		foreach ($retention as $key => [$label, $default]) {
			$days = $this->reader->appInt(TalkDefaults::APP, $key, $default);
			$evidence[] = new Evidence("spreed.$key", $label, $days === 0 ? $this->l->t('never') : (string)$days);
			if ($days === 0) {
				$never[] = "occ config:app:set spreed $key --value=$default";
			}
		}
		$settings = $this->policyService->getOrganisationPolicy()['settings'] ?? [];
		$chatExpiry = (int)($settings['chatExpiry']['default'] ?? 0);
		$meetingRetention = (int)($settings['meetingRetentionDays']['default'] ?? 0);
		$evidence[] = new Evidence('policy.settings.chatExpiry', $this->l->t('Chat expiry of safe meetings (seconds, default)'), $chatExpiry === 0 ? $this->l->t('never') : (string)$chatExpiry);
		$evidence[] = new Evidence('policy.settings.meetingRetentionDays', $this->l->t('Days until a safe meeting is deleted after its end (default)'), $meetingRetention === 0 ? $this->l->t('never') : (string)$meetingRetention);
		$evidence[] = new Evidence('spreed.inactivity_lock_after_days', $this->l->t('Days until inactive conversations become read-only'), (string)$this->reader->appInt(TalkDefaults::APP, 'inactivity_lock_after_days', 0));
		$evidence[] = new Evidence('spreed.max_call_duration', $this->l->t('Longest call (seconds, 0 = unlimited)'), (string)$this->reader->appInt(TalkDefaults::APP, 'max_call_duration', 0));

		if ($never !== []) {
			return CriterionResult::fails($this->l->t('Talk keeps some temporary conversations forever.'), $evidence,
				Fix::action(ComplianceFixes::TALK_RETENTION, $this->l->t('Delete temporary conversations after Talk\'s default periods'), implode('; ', $never)));
		}
		if ($chatExpiry === 0 || $meetingRetention === 0) {
			return CriterionResult::fails($this->l->t('The policy lets safe meetings keep their chat or their conversation forever.'), $evidence,
				Fix::link($this->links->section('safe_meeting'), $this->l->t('Open the policy'), $this->l->t('Policy → Chat expiry and Meeting retention: a period')));
		}
		return CriterionResult::holds($this->l->t('Conversations and chats are deleted after their retention period.'), $evidence);
	}
}
