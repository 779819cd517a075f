<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Test stub of OCP\Config\BeforePreferenceSetEvent: same as nextcloud/ocp stable32.
 */

namespace OCP\Config;

use OCP\EventDispatcher\Event;

class BeforePreferenceSetEvent extends Event {
	protected string $userId;
	protected string $appId;
	protected string $configKey;
	protected string $configValue;
	protected bool $valid = false;

	public function __construct(string $userId, string $appId, string $configKey, string $configValue) {
		parent::__construct();
		$this->userId = $userId;
		$this->appId = $appId;
		$this->configKey = $configKey;
		$this->configValue = $configValue;
	}

	public function getUserId(): string {
		return $this->userId;
	}

	public function getAppId(): string {
		return $this->appId;
	}

	public function getConfigKey(): string {
		return $this->configKey;
	}

	public function getConfigValue(): string {
		return $this->configValue;
	}

	public function isValid(): bool {
		return $this->valid;
	}

	public function setValid(bool $valid): void {
		$this->valid = $valid;
	}
}
