<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

/**
 * The fixes Safe Meeting applies itself, one Talk app-config key each, written with the type Talk
 * reads it with (Config::isPasswordEnforced: bool, …). Everything else is a link for the admin.
 */
final class ComplianceFixes {
	public const FORCE_PASSWORDS = 'force-passwords';
	public const CALLS_WITHOUT_MEDIA = 'calls-without-media';
	public const RECORDING_CONSENT = 'recording-consent';

	/** @return array<string, array{criterion: int, app: string, key: string, value: bool|int}> */
	public static function all(): array {
		return [
			self::FORCE_PASSWORDS => ['criterion' => 5, 'app' => TalkDefaults::APP, 'key' => 'force_passwords', 'value' => true],
			self::CALLS_WITHOUT_MEDIA => ['criterion' => 9, 'app' => TalkDefaults::APP, 'key' => 'calls_start_without_media', 'value' => true],
			self::RECORDING_CONSENT => ['criterion' => 10, 'app' => TalkDefaults::APP, 'key' => 'recording_consent', 'value' => TalkDefaults::RECORDING_CONSENT_REQUIRED],
		];
	}

	/** @return array{criterion: int, app: string, key: string, value: bool|int}|null */
	public static function get(string $action): ?array {
		return self::all()[$action] ?? null;
	}
}
