<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\ICacheFactory: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

interface ICacheFactory {
	public function isAvailable(): bool;

	public function isLocalCacheAvailable(): bool;

	public function createLocking(string $prefix = ''): IMemcache;

	public function createDistributed(string $prefix = ''): ICache;

	public function createLocal(string $prefix = ''): ICache;

	public function createInMemory(int $capacity = 512): ICache;
}
