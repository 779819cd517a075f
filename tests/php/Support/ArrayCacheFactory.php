<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\ICache;
use OCP\ICacheFactory;
use OCP\IMemcache;

/**
 * Hands out one shared cache for every prefix, so two "requests" (two lookups) share it like two web
 * servers share memcache or Redis. Records the prefixes asked for.
 */
class ArrayCacheFactory implements ICacheFactory {
	/** @var list<string> */
	public array $prefixes = [];

	public function __construct(
		public ArrayCache $cache = new ArrayCache(),
	) {
	}

	public function isAvailable(): bool {
		return true;
	}

	public function isLocalCacheAvailable(): bool {
		return true;
	}

	public function createLocking(string $prefix = ''): IMemcache {
		$this->prefixes[] = $prefix;
		return $this->cache instanceof IMemcache ? $this->cache : throw new \LogicException('Give the factory an ArrayMemcache to lock');
	}

	public function createDistributed(string $prefix = ''): ICache {
		$this->prefixes[] = $prefix;
		return $this->cache;
	}

	public function createLocal(string $prefix = ''): ICache {
		return $this->createDistributed($prefix);
	}

	public function createInMemory(int $capacity = 512): ICache {
		return new ArrayCache();
	}
}
