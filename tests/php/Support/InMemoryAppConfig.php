<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\IAppConfig;

/**
 * IAppConfig in memory, with typed-and-lazy bookkeeping so tests can see how keys were written.
 */
class InMemoryAppConfig implements IAppConfig {
	/** @var array<string, array<string, string>> */
	public array $values = [];
	/** @var array<string, array<string, bool>> */
	public array $lazy = [];
	public int $writes = 0;

	public function hasKey(string $app, string $key, ?bool $lazy = false): bool {
		return isset($this->values[$app][$key]);
	}

	public function getValueString(string $app, string $key, string $default = '', bool $lazy = false): string {
		return $this->values[$app][$key] ?? $default;
	}

	/** @var list<int> numbers (1-based, counting every write and delete) of the writes that fail */
	public array $failingWrites = [];

	public function setValueString(string $app, string $key, string $value, bool $lazy = false, bool $sensitive = false): bool {
		$this->writes++;
		if (in_array($this->writes, $this->failingWrites, true)) {
			throw new \RuntimeException("write $this->writes fails");
		}
		$changed = ($this->values[$app][$key] ?? null) !== $value;
		$this->values[$app][$key] = $value;
		$this->lazy[$app][$key] = $lazy;
		return $changed;
	}

	public function deleteKey(string $app, string $key): void {
		$this->writes++;
		if (in_array($this->writes, $this->failingWrites, true)) {
			throw new \RuntimeException("write $this->writes fails");
		}
		unset($this->values[$app][$key], $this->lazy[$app][$key]);
	}
}
