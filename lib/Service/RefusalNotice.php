<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Policy\JoinVerdict;
use OCP\IURLGenerator;
use OCP\ISession;

/**
 * Why somebody could not come in, for our "cannot join" page. Talk's public page sends a refused
 * password to a URL of our choosing; the reason travels in the visitor's own session, so the page tells
 * it only to the browser that was refused (and only after the right password: see PasswordGuardListener).
 */
class RefusalNotice {
	private const KEY = 'safe_meeting_refusals';

	public function __construct(
		private ISession $session,
		private IURLGenerator $urls,
	) {
	}

	/** Remembers the reason for this browser and returns the page that explains it. */
	public function remember(string $token, JoinVerdict $verdict): string {
		$refusals = $this->all();
		$refusals[$token] = ['reason' => $verdict->decision, 'from' => $verdict->windowFrom, 'until' => $verdict->windowUntil];
		$this->session->set(self::KEY, $refusals);
		return $this->urls->linkToRouteAbsolute(Application::APP_ID . '.refusal.show', ['token' => $token]);
	}

	/** @return array{reason: string, from: int, until: int}|null */
	public function read(string $token): ?array {
		return $this->all()[$token] ?? null;
	}

	/** @return array<string, array{reason: string, from: int, until: int}> */
	private function all(): array {
		$refusals = $this->session->get(self::KEY);
		return is_array($refusals) ? $refusals : [];
	}
}
