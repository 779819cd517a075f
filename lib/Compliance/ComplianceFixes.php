<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

/**
 * The fixes Safe Meeting applies itself: Talk app-config keys, each written with the type Talk reads it
 * with (Config::isPasswordEnforced: bool, …). Everything else is a link for the admin.
 * A fix with `onlyReplacing` changes only the keys stored with that value (an admin's own choice stays).
 */
final class ComplianceFixes {
	public const FORCE_PASSWORDS = 'force-passwords';
	public const CALLS_WITHOUT_MEDIA = 'calls-without-media';
	public const RECORDING_CONSENT = 'recording-consent';
	public const TALK_RETENTION = 'talk-retention';

	/** @return array<string, array{criterion: int, app: string, values: array<string, bool|int>, onlyReplacing?: string}> */
	public static function all(): array {
		return [
			self::FORCE_PASSWORDS => ['criterion' => 5, 'app' => TalkDefaults::APP, 'values' => ['force_passwords' => true]],
			self::CALLS_WITHOUT_MEDIA => ['criterion' => 9, 'app' => TalkDefaults::APP, 'values' => ['calls_start_without_media' => true]],
			self::RECORDING_CONSENT => ['criterion' => 10, 'app' => TalkDefaults::APP, 'values' => ['recording_consent' => TalkDefaults::RECORDING_CONSENT_REQUIRED]],
			// "0" = keep forever; Talk's own defaults where an admin switched the deletion off.
			self::TALK_RETENTION => ['criterion' => 12, 'app' => TalkDefaults::APP, 'onlyReplacing' => '0', 'values' => [
				'retention_event_rooms' => TalkDefaults::RETENTION_EVENT_ROOMS,
				'retention_instant_meetings' => TalkDefaults::RETENTION_INSTANT_MEETINGS,
				'retention_phone_rooms' => TalkDefaults::RETENTION_PHONE_ROOMS,
			]],
		];
	}

	/** @return array{criterion: int, app: string, values: array<string, bool|int>, onlyReplacing?: string}|null */
	public static function get(string $action): ?array {
		return self::all()[$action] ?? null;
	}
}
