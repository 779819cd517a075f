<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\ISession: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

interface ISession {
	public function set(string $key, $value);

	public function get(string $key);

	public function exists(string $key): bool;

	public function remove(string $key);
}
