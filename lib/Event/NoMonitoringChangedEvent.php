<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Event;

use OCP\EventDispatcher\Event;

/**
 * Dispatched after an admin switched the "no monitoring" profile on or off.
 */
class NoMonitoringChangedEvent extends Event {
	public function __construct(
		private string $actorUid,
		private bool $enabled,
	) {
		parent::__construct();
	}

	public function getActorUid(): string {
		return $this->actorUid;
	}

	public function isEnabled(): bool {
		return $this->enabled;
	}
}
