<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * A cache under the class name of Nextcloud's APCu cache, which keeps values on one web server only:
 * what ICacheFactory::createDistributed() returns when no distributed cache is configured. Only the
 * name matters (CacheScope decides by it); load it with require_once, it is outside the autoloaded
 * namespaces on purpose.
 */

namespace OC\Memcache;

use OCA\SafeMeeting\Tests\Support\ArrayMemcache;

class APCu extends ArrayMemcache {
}
