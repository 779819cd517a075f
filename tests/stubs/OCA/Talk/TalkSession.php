<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\TalkSession: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk;

use OCP\ISession;

class TalkSession {
	public function __construct(
		protected ISession $session,
	) {
	}

	public function getSessionForRoom(string $token): ?string {
		return null;
	}

	public function getGuestActorIdForRoom(string $token): ?string {
		return null;
	}

	public function getAuthedEmailActorIdForRoom(string $token): ?string {
		return null;
	}
}
