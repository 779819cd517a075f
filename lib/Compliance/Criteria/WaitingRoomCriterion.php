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
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Talk\TalkRoomTable;
use OCP\IL10N;

/**
 * 7. Waiting room for meetings with guests: every conversation with a guest link has its lobby on.
 */
class WaitingRoomCriterion implements Criterion {
	public function __construct(
		private ConfigReader $reader,
		private TalkRoomTable $rooms,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 7;
	}

	public function title(): string {
		return $this->l->t('Waiting room for meetings with guests');
	}

	public function sources(): string {
		return 'D';
	}

	public function evaluate(): CriterionResult {
		$this->reader->requireApp(TalkDefaults::APP);
		try {
			$census = $this->rooms->census();
		} catch (\Throwable $e) {
			throw new UnreadableException('rooms', $e);
		}
		$evidence = [
			new Evidence('rooms.public', $this->l->t('Conversations with a guest link'), (string)$census->public),
			new Evidence('rooms.publicWithoutLobby', $this->l->t('… of them without a lobby'), (string)$census->publicWithoutLobby),
		];
		if ($census->publicWithoutLobby > 0) {
			return CriterionResult::fails(
				$this->l->t('Guests can enter some conversations without waiting in the lobby.'),
				$evidence,
				Fix::link($this->links->section('talk'), $this->l->t('Open the Talk settings'), $this->l->t('Each conversation: Conversation settings → Meeting → Lobby: on. Safe meetings always have it.')),
			);
		}
		return CriterionResult::holds($this->l->t('Every conversation with a guest link has a lobby.'), $evidence);
	}
}
