<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Model\Bot: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Model;

/**
 * Only the constants; the real class wraps a BotServer and a BotConversation.
 */
class Bot {
	public const STATE_DISABLED = 0;
	public const STATE_ENABLED = 1;
	public const STATE_NO_SETUP = 2;

	public const FEATURE_NONE = 0;
	public const FEATURE_WEBHOOK = 1;
	public const FEATURE_RESPONSE = 2;
	public const FEATURE_EVENT = 4;
	public const FEATURE_REACTION = 8;

	public const URL_APP_PREFIX = 'nextcloudapp://';
}
