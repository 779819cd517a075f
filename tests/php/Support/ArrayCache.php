<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\ICache;
use OCP\ICacheFactory;

/**
 * A distributed cache in an array, and a factory that hands out the same one, so two "requests"
 * (two lookups) can share it like two web servers share memcache/redis. Records TTLs for assertions.
 */
class ArrayCache implements ICache, ICacheFactory {
	/** @var array<string, mixed> */
	public array $values = [];
	/** @var array<string, int> */
	public array $ttls = [];
	/** @var list<string> prefixes asked for */
	public array $prefixes = [];

	public function createDistributed(string $prefix = ''): ICache {
		$this->prefixes[] = $prefix;
		return $this;
	}

	public function get($key) {
		return $this->values[$key] ?? null;
	}

	public function set($key, $value, $ttl = 0) {
		$this->values[$key] = $value;
		$this->ttls[$key] = $ttl;
		return true;
	}

	public function remove($key) {
		unset($this->values[$key], $this->ttls[$key]);
		return true;
	}
}
