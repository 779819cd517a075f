<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * Whether a registered plan lets moderators enable bots in the meeting (a webhook bot receives every chat
 * message). Pure.
 */
final class BotRule {
	/** The plan value that allows bots (setting `bots`: 'off' | 'allowed', built-in default 'off'). */
	public const ALLOWS = 'allowed';
	/** Safe Meeting's own bot (lock notices and commands), which every plan allows. */
	public const OWN_BOT_URL = 'nextcloudapp://safe_meeting';

	/**
	 * True unless the plan says 'allowed'. Plans registered before the setting existed lack it: they get
	 * the built-in default ('off'); an unknown value is a damaged plan and allows nothing on a guess.
	 */
	public static function forbidsBots(array $plan): bool {
		return ($plan['settings']['bots'] ?? 'off') !== self::ALLOWS;
	}

	/**
	 * Whether the bot URL is Safe Meeting's own: `nextcloudapp://safe_meeting`, alone or followed by a path
	 * (Talk takes the part up to the first `/` as the app id; `nextcloudapp://safe_meeting_x` is another app).
	 */
	public static function isOwnBot(string $url): bool {
		return $url === self::OWN_BOT_URL || str_starts_with($url, self::OWN_BOT_URL . '/');
	}
}
