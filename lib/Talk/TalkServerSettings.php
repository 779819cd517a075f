<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\Talk\Config;

/**
 * Talk's server-wide settings that decide what a room really does, read the way Talk reads them
 * (its own Config, so newer Talk versions' rules apply too). Cheap to build: Config needs only core
 * services, so the guard listeners can use it on the rare changes that need it.
 */
class TalkServerSettings {
	/** Talk's RecordingService::CONSENT_REQUIRED_OPTIONAL: each room decides. */
	private const CONSENT_DECIDED_PER_ROOM = 2;

	public function __construct(
		private Config $config,
	) {
	}

	/**
	 * Whether participants are asked before a recording in a room with this consent column: the server's
	 * `recording_consent` first, the room's own value only when the server leaves it to each room
	 * (Config::recordingConsentRequired, CallController::validateRecordingConsent). 0 also when recording
	 * is not possible at all on this server.
	 */
	public function effectiveRecordingConsent(int $roomValue): int {
		$server = $this->config->recordingConsentRequired();
		return $server === self::CONSENT_DECIDED_PER_ROOM ? $roomValue : $server;
	}

	/** Whether the server leaves recording consent to each room (only then can a room's value restore it). */
	public function consentIsDecidedPerRoom(): bool {
		return $this->config->recordingConsentRequired() === self::CONSENT_DECIDED_PER_ROOM;
	}

	/** The server's `default_permissions` as Talk applies it (Talk's built-in default when unset). */
	public function defaultPermissions(): int {
		return $this->config->getDefaultPermissions();
	}

	/** What participants without permissions of their own get in a room with this default. */
	public function effectiveDefaultPermissions(int $roomDefault): int {
		// Talk's resolution (PermissionRule::resolve), reading the server's setting only where it counts.
		return $roomDefault !== 0 ? $roomDefault : $this->defaultPermissions();
	}
}
