<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\Talk\Config;
use OCP\IAppConfig;

/**
 * Talk's server-wide settings that decide what a room really does, read the way Talk reads them
 * (its own Config, so newer Talk versions' rules apply too). Cheap to build: Config needs only core
 * services, so the guard listeners can use it on the rare changes that need it.
 */
class TalkServerSettings {
	/** Talk's RecordingService::CONSENT_REQUIRED_OPTIONAL: each room decides. */
	private const CONSENT_DECIDED_PER_ROOM = 2;

	/**
	 * Room settings an admin can force on every conversation (Talk 24+, app config `force_<name>`, integer
	 * values; RoomPresets\Forced): Talk applies them at creation and refuses changes with 400 "forced",
	 * before any event. By Talk's parameter name.
	 */
	private const FORCEABLE = [
		'force_room_type' => 'roomType',
		'force_listable' => 'listable',
		'force_message_expiration' => 'messageExpiration',
		'force_lobby_state' => 'lobbyState',
		'force_sip_enabled' => 'sipEnabled',
		'force_permissions' => 'permissions',
		'force_recording_consent' => 'recordingConsent',
	];

	public function __construct(
		private Config $config,
		private IAppConfig $appConfig,
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

	/**
	 * The room settings an admin forces on every conversation, by Talk's parameter name (none before Talk 24).
	 * @return array<string, int>
	 */
	public function forcedRoomSettings(): array {
		$forced = [];
		foreach ($this->appConfig->getAllValues('spreed', 'force_') as $key => $value) {
			if (isset(self::FORCEABLE[$key]) && is_numeric($value)) {
				$forced[self::FORCEABLE[$key]] = (int)$value;
			}
		}
		return $forced;
	}

	/** What participants without permissions of their own get in a room with this default. */
	public function effectiveDefaultPermissions(int $roomDefault): int {
		// Talk's resolution (PermissionRule::resolve), reading the server's setting only where it counts.
		return $roomDefault !== 0 ? $roomDefault : $this->defaultPermissions();
	}
}
