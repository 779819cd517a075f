<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\DB\IResult: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\DB;

use PDO;

interface IResult {
	public function closeCursor(): bool;

	public function fetch(int $fetchMode = PDO::FETCH_ASSOC);

	public function fetchAll(int $fetchMode = PDO::FETCH_ASSOC): array;
}
