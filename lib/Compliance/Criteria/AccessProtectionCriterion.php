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
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Talk\TalkRoomTable;
use OCP\IL10N;

/**
 * 5. Access protection: Talk forces a password on every guest link, and no room (of all rooms, not only
 * safe meetings) is public without a password or listable (listable rooms let users in without it).
 */
class AccessProtectionCriterion implements Criterion {
	public function __construct(
		private ConfigReader $reader,
		private TalkRoomTable $rooms,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 5;
	}

	public function title(): string {
		return $this->l->t('Access protection');
	}

	public function sources(): string {
		return 'B+D';
	}

	public function evaluate(): CriterionResult {
		$this->reader->requireApp(TalkDefaults::APP);
		$forced = $this->reader->appBool(TalkDefaults::APP, 'force_passwords', false);
		try {
			$census = $this->rooms->census();
		} catch (\Throwable $e) {
			throw new UnreadableException('rooms', $e);
		}
		$evidence = [
			new Evidence('spreed.force_passwords', $this->l->t('Talk requires a password for guest links'), $forced ? $this->l->t('yes') : $this->l->t('no')),
			new Evidence('rooms.publicWithoutPassword', $this->l->t('Conversations with a guest link and no password'), (string)$census->publicWithoutPassword),
			new Evidence('rooms.listable', $this->l->t('Conversations other users can find and join without the password'), (string)$census->listable),
		];
		if (!$forced) {
			return CriterionResult::fails(
				$this->l->t('Talk lets moderators share guest links without a password.'),
				$evidence,
				Fix::action(ComplianceFixes::FORCE_PASSWORDS, $this->l->t('Require passwords for guest links'), 'occ config:app:set spreed force_passwords --value=1'),
			);
		}
		if ($census->publicWithoutPassword > 0 || $census->listable > 0) {
			return CriterionResult::fails(
				$this->l->t('Some conversations are open without a password. Talk\'s setting only applies to new guest links.'),
				$evidence,
				Fix::link($this->links->section('talk'), $this->l->t('Open the Talk settings'), $this->l->t('Each conversation: Conversation settings → Guest access → Password; Moderation → Open conversation: off')),
			);
		}
		return CriterionResult::holds($this->l->t('Every guest link needs a password and no conversation is listed.'), $evidence);
	}
}
