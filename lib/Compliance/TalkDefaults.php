<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

/**
 * Talk's app id and the defaults Talk 22 applies to its keys when nothing is stored (talk.md §11.2).
 */
final class TalkDefaults {
	public const APP = 'spreed';
	public const RETENTION_EVENT_ROOMS = 28;
	public const RETENTION_INSTANT_MEETINGS = 1;
	public const RETENTION_PHONE_ROOMS = 7;
	/** Every permission except "custom" (1) and "ignore the lobby" (8). */
	public const DEFAULT_PERMISSIONS = 246;
	public const PERMISSION_LOBBY_IGNORE = 8;
	/** Talk's `recording_consent`: 1 = always required. */
	public const RECORDING_CONSENT_REQUIRED = 1;
}
