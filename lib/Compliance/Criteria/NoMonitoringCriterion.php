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
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Service\NoMonitoringProfile;
use OCP\IL10N;

/**
 * 11. No monitoring of performance or behaviour (§ 26 BDSG, works councils): the "no monitoring" profile
 * is on and reaches every user, and Nextcloud's automatic online/away status is off (only an admin can
 * switch it off, by disabling the user_status app). Talk's call summaries and the activity stream are evidence.
 */
class NoMonitoringCriterion implements Criterion {
	private const DEFAULT_ACTIVITY_DAYS = 365;

	public function __construct(
		private ConfigReader $reader,
		private NoMonitoringProfile $profile,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 11;
	}

	public function title(): string {
		return $this->l->t('No monitoring of performance or behaviour');
	}

	public function sources(): string {
		return 'D';
	}

	public function evaluate(): CriterionResult {
		try {
			$status = $this->profile->status();
		} catch (\Throwable $e) {
			throw new UnreadableException('users', $e);
		}
		$userStatus = $this->reader->appEnabled('user_status');
		$evidence = [
			new Evidence('safe_meeting.no_monitoring', $this->l->t('"No monitoring" profile'), $status['enabled'] ? $this->l->t('on') : $this->l->t('off')),
			new Evidence('users.read_status_privacy', $this->l->t('Users whose read receipts others see'), $this->l->t('%1$s of %2$s', [(string)$status['publicReadReceipts'], (string)$status['users']])),
			new Evidence('users.typing_privacy', $this->l->t('Users whose typing others see'), $this->l->t('%1$s of %2$s', [(string)$status['publicTyping'], (string)$status['users']])),
			new Evidence('apps.user_status', $this->l->t('Automatic online and away status (user_status)'), $userStatus ? $this->l->t('enabled') : $this->l->t('disabled')),
			new Evidence('spreed.call_summary', $this->l->t('Talk\'s "call ended" messages with the participants'), $this->l->t('posted by Talk; Talk 22 has no setting for them. Safe Meeting posts none.')),
			new Evidence('system.activity_expire_days', $this->l->t('Days until activities are deleted'), (string)(int)$this->reader->system('activity_expire_days', self::DEFAULT_ACTIVITY_DAYS)),
		];
		if (!$status['enabled']) {
			return CriterionResult::fails($this->l->t('Read receipts and typing indicators show others when someone reads and writes.'), $evidence,
				Fix::link($this->links->section('safe_meeting') . '#safe-meeting-no-monitoring', $this->l->t('Turn on the "no monitoring" profile'), $this->l->t('Safe Meeting → No monitoring')));
		}
		if ($status['publicReadReceipts'] > 0 || $status['publicTyping'] > 0) {
			return CriterionResult::fails($this->l->t('The profile does not reach every user yet; the hourly background job applies it.'), $evidence,
				Fix::link($this->links->section('safe_meeting') . '#safe-meeting-no-monitoring', $this->l->t('Open the "no monitoring" profile'), 'occ background-job:list --class="OCA\\SafeMeeting\\BackgroundJob\\NoMonitoringJob"'));
		}
		if ($userStatus) {
			return CriterionResult::fails($this->l->t('Nextcloud shows automatically whether someone is online or away.'), $evidence,
				Fix::link($this->links->apps(), $this->l->t('Open the apps'), 'occ app:disable user_status'));
		}
		return CriterionResult::holds($this->l->t('Nobody sees when others read, type or are active.'), $evidence);
	}
}
