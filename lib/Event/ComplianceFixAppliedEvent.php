<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Event;

use OCP\EventDispatcher\Event;

/**
 * Dispatched after an admin let Safe Meeting change a setting to fix a compliance criterion.
 */
class ComplianceFixAppliedEvent extends Event {
	public function __construct(
		private string $actorUid,
		private string $fix,
		/** `<app>.<key>` */
		private string $setting,
		/** The stored value before, null when the key was not set. */
		private ?string $oldValue,
		private string $newValue,
	) {
		parent::__construct();
	}

	public function getActorUid(): string {
		return $this->actorUid;
	}

	public function getFix(): string {
		return $this->fix;
	}

	public function getSetting(): string {
		return $this->setting;
	}

	public function getOldValue(): ?string {
		return $this->oldValue;
	}

	public function getNewValue(): string {
		return $this->newValue;
	}
}
