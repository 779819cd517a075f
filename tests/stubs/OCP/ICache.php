<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\ICache: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

interface ICache {
	public const DEFAULT_TTL = 24 * 60 * 60;

	/** @return mixed null when the key is not set */
	public function get($key);

	/** @return bool */
	public function set($key, $value, $ttl = 0);

	/** @return bool */
	public function remove($key);
}
