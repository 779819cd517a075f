<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\IMemcache: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

/**
 * The real interface also has inc(), dec(), cas(), cad() and ncad(); the app uses add() only.
 */
interface IMemcache extends ICache {
	/**
	 * Set a value in the cache if it's not already stored
	 * @return bool false when a value was stored already
	 */
	public function add($key, $value, $ttl = 0);
}
