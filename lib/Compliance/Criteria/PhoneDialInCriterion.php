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
 * 15. Phone dial-in: where dial-in is configured, no conversation lets callers in without a PIN.
 * The shared secret is only checked for being set; its value is never read into the report.
 */
class PhoneDialInCriterion implements Criterion {
	public function __construct(
		private ConfigReader $reader,
		private TalkRoomTable $rooms,
		private AdminLinks $links,
		private IL10N $l,
	) {
	}

	public function id(): int {
		return 15;
	}

	public function title(): string {
		return $this->l->t('Phone dial-in');
	}

	public function sources(): string {
		return 'D';
	}

	public function evaluate(): CriterionResult {
		$this->reader->requireApp(TalkDefaults::APP);
		$configured = trim($this->reader->appValue(TalkDefaults::APP, 'sip_bridge_shared_secret') ?? '') !== '';
		$dialOut = $this->reader->appBool(TalkDefaults::APP, 'sip_dialout', false);
		$evidence = [
			new Evidence('spreed.sip_bridge_shared_secret', $this->l->t('Dial-in (SIP bridge)'), $configured ? $this->l->t('configured') : $this->l->t('not configured')),
			new Evidence('spreed.sip_dialout', $this->l->t('Dial-out'), $dialOut ? $this->l->t('on') : $this->l->t('off')),
		];
		if (!$configured) {
			return CriterionResult::holds($this->l->t('Nobody can dial in by phone.'), $evidence);
		}
		try {
			$withoutPin = $this->rooms->census()->sipWithoutPin;
		} catch (\Throwable $e) {
			throw new UnreadableException('rooms', $e);
		}
		$evidence[] = new Evidence('rooms.sipWithoutPin', $this->l->t('Conversations with dial-in and no PIN'), (string)$withoutPin);
		if ($withoutPin > 0) {
			return CriterionResult::fails($this->l->t('Callers can dial into some conversations without a PIN.'), $evidence,
				Fix::link($this->links->section('talk'), $this->l->t('Open the Talk settings'), $this->l->t('Each conversation: Conversation settings → Meeting → SIP dial-in: with PIN')));
		}
		return CriterionResult::holds($this->l->t('Every caller needs a PIN.'), $evidence);
	}
}
