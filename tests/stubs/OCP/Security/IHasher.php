<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Security\IHasher: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Security;

interface IHasher {
	public function hash(string $message): string;

	public function verify(string $message, string $hash, &$newHash = null): bool;
}
