<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\ICache;

/**
 * A distributed cache in an array (see ArrayCacheFactory). Records TTLs for assertions. Throws from
 * every read and write once `failing` is set, as a cache server that went away.
 */
class ArrayCache implements ICache {
	/** @var array<string, mixed> */
	public array $values = [];
	/** @var array<string, int> */
	public array $ttls = [];
	public bool $failing = false;

	public function get($key) {
		$this->failIfDown();
		return $this->values[$key] ?? null;
	}

	public function set($key, $value, $ttl = 0) {
		$this->failIfDown();
		$this->values[$key] = $value;
		$this->ttls[$key] = $ttl;
		return true;
	}

	public function hasKey($key) {
		return array_key_exists($key, $this->values);
	}

	public function remove($key) {
		$this->failIfDown();
		unset($this->values[$key], $this->ttls[$key]);
		return true;
	}

	public function clear($prefix = '') {
		foreach (array_keys($this->values) as $key) {
			if (str_starts_with((string)$key, $prefix)) {
				$this->remove($key);
			}
		}
		return true;
	}

	public static function isAvailable(): bool {
		return true;
	}

	protected function failIfDown(): void {
		if ($this->failing) {
			throw new \RuntimeException('cache server gone');
		}
	}
}
