<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Event;

use OCP\EventDispatcher\Event;

/**
 * Dispatched after the organisation policy changed; one entry per changed part. Changed by an admin,
 * or (`migration`) converted by the app from a policy stored before thresholds, with no actor.
 */
class PolicyChangedEvent extends Event {
	/**
	 * @param array<string, array{old: mixed, new: mixed}> $changes policy path (`settings.lobby`, `privacyNotice`, `groupRules`) → values
	 */
	public function __construct(
		private string $actorUid,
		private array $changes,
		private bool $migration = false,
	) {
		parent::__construct();
	}

	public function getActorUid(): string {
		return $this->actorUid;
	}

	/** @return array<string, array{old: mixed, new: mixed}> */
	public function getChanges(): array {
		return $this->changes;
	}

	public function isMigration(): bool {
		return $this->migration;
	}
}
