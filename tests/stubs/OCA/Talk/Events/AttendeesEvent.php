<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Events\AttendeesEvent: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Events;

use OCA\Talk\Model\Attendee;
use OCA\Talk\Room;

abstract class AttendeesEvent extends ARoomEvent {
	/**
	 * @param Attendee[] $attendees
	 */
	public function __construct(
		Room $room,
		protected array $attendees,
	) {
		parent::__construct($room);
	}

	/**
	 * @return Attendee[]
	 */
	public function getAttendees(): array {
		return $this->attendees;
	}
}
