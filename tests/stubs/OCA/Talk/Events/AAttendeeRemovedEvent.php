<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Events\AAttendeeRemovedEvent: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Events;

use OCA\Talk\Model\Attendee;
use OCA\Talk\Room;

abstract class AAttendeeRemovedEvent extends ARoomEvent {
	public const REASON_REMOVED = 'remove';
	public const REASON_REMOVED_ALL = 'remove_all';
	public const REASON_LEFT = 'leave';

	public function __construct(
		Room $room,
		protected Attendee $attendee,
		protected string $reason,
		protected array $sessions,
	) {
		parent::__construct($room);
	}

	public function getAttendee(): Attendee {
		return $this->attendee;
	}

	public function getReason(): string {
		return $this->reason;
	}

	public function getSessions(): array {
		return $this->sessions;
	}
}
