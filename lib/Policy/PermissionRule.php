<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * Talk's permission masks as far as a safe meeting cares: whoever holds "ignore the lobby" skips it. Pure.
 *
 * Masks are 0–511: Talk 22 uses bits 1–128 (max 255), Talk 24 adds 256 ("react"; max 511). Only bit 8 is
 * read, so masks of either version, and of later ones with more bits, are judged alike.
 */
final class PermissionRule {
	/** Talk's Attendee::PERMISSIONS_LOBBY_IGNORE. */
	public const LOBBY_IGNORE = 8;
	/** The largest mask Talk 24 accepts (Attendee::PERMISSIONS_MAX_CUSTOM); Talk 22 stops at 255. */
	public const MAX_MASK = 511;

	/**
	 * The mask that applies at one level: its own, or the next level's where it is 0 ("default"), as Talk
	 * resolves attendee → conversation default → server `default_permissions` (Participant::getPermissions).
	 */
	public static function resolve(int $own, int $inherited): int {
		return $own !== 0 ? $own : $inherited;
	}

	public static function skipsLobby(int $mask): bool {
		return $mask > 0 && ($mask & self::LOBBY_IGNORE) !== 0;
	}
}
