<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * The built-in safe policy (twin of src/policy/defaultPolicy.ts), used on a fresh install and
 * whenever the stored policy cannot be read.
 */
final class DefaultPolicy {
	/** @return array{settings: array<string, array<string, mixed>>, privacyNotice: array{text: string, url: string, version: string}, groupRules: list<array<string, mixed>>} */
	public static function get(): array {
		return [
			'settings' => [
				'guestAccess' => ['default' => 'password', 'allowed' => ['none', 'password'], 'locked' => false],
				'passwordMinLength' => ['default' => 16, 'min' => 12, 'max' => 128, 'locked' => false],
				'lobby' => ['default' => 'moderated', 'allowed' => ['moderated', 'until-start'], 'locked' => false],
				'autoLock' => ['default' => 'off', 'allowed' => ['when-all-joined', 'minutes-after-start', 'off'], 'locked' => false],
				'autoLockMinutes' => ['default' => 10, 'min' => 1, 'max' => 120, 'locked' => false],
				'recording' => ['default' => 'blocked', 'allowed' => ['blocked'], 'locked' => true],
				'sipDialIn' => ['default' => 'off', 'allowed' => ['off'], 'locked' => true],
				'chatExpiry' => ['default' => 604800, 'allowed' => [3600, 28800, 86400, 604800, 2419200], 'locked' => false],
				'fileRetentionDays' => ['default' => 30, 'min' => 1, 'max' => 90, 'locked' => false],
				'meetingRetentionDays' => ['default' => 30, 'min' => 1, 'max' => 180, 'locked' => false],
			],
			'privacyNotice' => [
				'text' => 'This meeting is processed on our own Nextcloud server. It is not recorded; chat messages and shared files are deleted automatically after the retention period.',
				'url' => '',
				'version' => '1',
			],
			'groupRules' => [],
		];
	}
}
