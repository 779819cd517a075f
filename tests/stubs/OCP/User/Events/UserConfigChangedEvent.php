<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Test stub of OCP\User\Events\UserConfigChangedEvent: same as nextcloud/ocp stable33 (new in Nextcloud 33).
 */

namespace OCP\User\Events;

use OCP\EventDispatcher\Event;

class UserConfigChangedEvent extends Event {
	public function __construct(
		private string $userId,
		private string $appId,
		private string $key,
		private mixed $value,
		private mixed $oldValue = null,
	) {
		parent::__construct();
	}

	public function getUserId(): string {
		return $this->userId;
	}

	public function getAppId(): string {
		return $this->appId;
	}

	public function getKey(): string {
		return $this->key;
	}

	public function getValue(): mixed {
		return $this->value;
	}

	public function getOldValue(): mixed {
		return $this->oldValue;
	}
}
