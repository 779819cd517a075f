<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCP\ISession;

/**
 * Art. 13 GDPR before joining: which privacy notice a guest sees for a safe meeting, whether the meeting
 * requires reading it, and whether this guest has read its current version. What a guest read lives in
 * their PHP session only (the same session Talk's guest pages use), never in the database: it is gone
 * with the session.
 */
class PrivacyNoticeGate {
	public const SESSION_KEY = 'safe_meeting_notice_read';
	public const REQUIRED = 'required';

	public function __construct(
		private RegisteredRoomLookup $rooms,
		private PolicyService $policyService,
		private ISession $session,
	) {
	}

	/**
	 * What the notice page shows for a safe meeting, or null when the token is no safe meeting.
	 *
	 * @return array{title: string, notice: array{text: string, url: string, version: string}, required: bool}|null
	 */
	public function meeting(string $token): ?array {
		$plan = $this->rooms->planFor($token);
		if ($plan === null) {
			return null;
		}
		return ['title' => (string)($plan['title'] ?? ''), 'notice' => $this->currentNotice(), 'required' => $this->isRequired($plan)];
	}

	/** Whether a guest may not join this room before reading the current notice (false for rooms that are no safe meeting). */
	public function mustRead(string $token): bool {
		$plan = $this->rooms->planFor($token);
		return $plan !== null && $this->isRequired($plan) && !$this->hasRead($token);
	}

	public function hasRead(string $token): bool {
		$read = $this->session->get(self::SESSION_KEY);
		return is_array($read) && ($read[$token] ?? null) === $this->currentNotice()['version'];
	}

	/**
	 * Remembers for this session that the guest read `$version` of the notice.
	 *
	 * @return bool false when that is not the current version (the notice changed meanwhile); nothing is stored
	 */
	public function markRead(string $token, string $version): bool {
		if ($version !== $this->currentNotice()['version']) {
			return false;
		}
		$read = $this->session->get(self::SESSION_KEY);
		$read = is_array($read) ? $read : [];
		$read[$token] = $version;
		$this->session->set(self::SESSION_KEY, $read);
		return true;
	}

	/** @return array{text: string, url: string, version: string} the organisation's notice as it is now */
	public function currentNotice(): array {
		$notice = $this->policyService->getOrganisationPolicy()['privacyNotice'] ?? [];
		return ['text' => (string)($notice['text'] ?? ''), 'url' => (string)($notice['url'] ?? ''), 'version' => (string)($notice['version'] ?? '')];
	}

	/**
	 * The plan's choice; a plan made before the setting existed takes the organisation's default, and a policy
	 * without the setting counts as "optional".
	 */
	private function isRequired(array $plan): bool {
		$value = $plan['settings']['requirePrivacyNotice']
			?? $this->policyService->getOrganisationPolicy()['settings']['requirePrivacyNotice']['default']
			?? 'optional';
		return $value === self::REQUIRED;
	}
}
