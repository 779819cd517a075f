<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\IMemcache;

/**
 * A distributed cache with the atomic operations Redis, Memcached and APCu provide.
 */
class ArrayMemcache extends ArrayCache implements IMemcache {
	public function add($key, $value, $ttl = 0) {
		$this->failIfDown();
		if (array_key_exists($key, $this->values)) {
			return false;
		}
		return $this->set($key, $value, $ttl);
	}

	public function inc($key, $step = 1) {
		return $this->step($key, $step);
	}

	public function dec($key, $step = 1) {
		return $this->step($key, -$step);
	}

	public function cas($key, $old, $new) {
		if (($this->values[$key] ?? null) !== $old) {
			return false;
		}
		return $this->set($key, $new, $this->ttls[$key] ?? 0);
	}

	public function cad($key, $old) {
		if (!array_key_exists($key, $this->values) || $this->values[$key] !== $old) {
			return false;
		}
		return $this->remove($key);
	}

	public function ncad(string $key, mixed $old): bool {
		if (!array_key_exists($key, $this->values) || $this->values[$key] === $old) {
			return false;
		}
		return $this->remove($key);
	}

	/** @return int|false the new value, false when the stored value is no number */
	private function step(string $key, int $step): int|false {
		$value = $this->values[$key] ?? 0;
		if (!is_int($value)) {
			return false;
		}
		$this->set($key, $value + $step, $this->ttls[$key] ?? 0);
		return $value + $step;
	}
}
