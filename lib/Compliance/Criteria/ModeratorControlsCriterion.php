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
 * 8. Moderator controls: the server's default permissions do not let everybody skip the lobby (bit 8),
 * so moderators decide who gets in. Who may start calls and breakout rooms are shown as evidence.
 */
class ModeratorControlsCriterion implements Criterion {
	public function __construct(
		private ConfigReader $reader,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 8;
	}

	public function title(): string {
		return $this->l->t('Moderator controls');
	}

	public function sources(): string {
		return 'D';
	}

	public function evaluate(): CriterionResult {
		$this->reader->requireApp(TalkDefaults::APP);
		$permissions = $this->reader->appInt(TalkDefaults::APP, 'default_permissions', TalkDefaults::DEFAULT_PERMISSIONS);
		$startCalls = $this->reader->appInt(TalkDefaults::APP, 'start_calls', 0);
		$breakout = $this->reader->appBool(TalkDefaults::APP, 'breakout_rooms', true);
		$evidence = [
			new Evidence('spreed.default_permissions', $this->l->t('Default permissions of participants'), (string)$permissions),
			new Evidence('spreed.start_calls', $this->l->t('Who may start calls'), match ($startCalls) {
				0 => $this->l->t('everyone'),
				1 => $this->l->t('users with an account'),
				2 => $this->l->t('moderators'),
				default => $this->l->t('nobody (calls are off)'),
			}),
			new Evidence('spreed.breakout_rooms', $this->l->t('Breakout rooms'), $breakout ? $this->l->t('on') : $this->l->t('off')),
		];
		if (($permissions & TalkDefaults::PERMISSION_LOBBY_IGNORE) !== 0) {
			$fixed = $permissions & ~TalkDefaults::PERMISSION_LOBBY_IGNORE;
			return CriterionResult::fails(
				$this->l->t('Every participant may skip the lobby by default, so moderators cannot decide who gets in.'),
				$evidence,
				Fix::link($this->links->section('talk'), $this->l->t('Open the Talk settings'), "occ config:app:set spreed default_permissions --value=$fixed"),
			);
		}
		return CriterionResult::holds($this->l->t('Moderators decide who leaves the lobby.'), $evidence);
	}
}
