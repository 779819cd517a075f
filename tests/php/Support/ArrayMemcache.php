<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\IMemcache;

/**
 * A distributed cache with an atomic add(), as Redis, Memcached and APCu provide it.
 */
class ArrayMemcache extends ArrayCache implements IMemcache {
	public function add($key, $value, $ttl = 0) {
		if (array_key_exists($key, $this->values)) {
			return false;
		}
		return $this->set($key, $value, $ttl);
	}
}
