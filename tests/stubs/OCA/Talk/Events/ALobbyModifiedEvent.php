<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Events\ALobbyModifiedEvent: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Events;

use OCA\Talk\Room;

/**
 * Note: the real class passes no actor to its parent, so getActor() is always null for lobby changes.
 */
abstract class ALobbyModifiedEvent extends ARoomModifiedEvent {
	public function __construct(
		Room $room,
		string|int $newValue,
		string|int|null $oldValue,
		protected ?\DateTime $lobbyTimer,
		protected bool $timerReached,
	) {
		parent::__construct($room, self::PROPERTY_LOBBY, $newValue, $oldValue);
	}

	public function getLobbyTimer(): ?\DateTime {
		return $this->lobbyTimer;
	}

	public function isTimerReached(): bool {
		return $this->timerReached;
	}
}
