<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCP\ICache;
use OCP\ICacheFactory;

/**
 * Whether the "distributed" cache is seen by every web server. Nextcloud hands out the local cache
 * (APCu) from ICacheFactory::createDistributed() when no `memcache.distributed` is configured, and a
 * null cache when no cache is configured at all; OCP offers no method that tells those apart from Redis
 * or Memcached, so the class of the cache it returned decides.
 */
final class CacheScope {
	/** Nextcloud's cache classes that keep values on one web server only (lib/private/Memcache, NC 32–35). */
	public const NODE_LOCAL_CLASSES = [
		'OC\\Memcache\\APCu',
		'OC\\Memcache\\ArrayCache',
		'OC\\Memcache\\NullCache',
	];

	public static function isShared(ICacheFactory $factory, ICache $cache): bool {
		return $factory->isAvailable() && !in_array(get_class($cache), self::NODE_LOCAL_CLASSES, true);
	}
}
