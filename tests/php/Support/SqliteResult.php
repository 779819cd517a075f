<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\DB\IResult;
use PDO;
use PDOStatement;

class SqliteResult implements IResult {
	public function __construct(
		private PDOStatement $statement,
	) {
	}

	public function closeCursor(): bool {
		return $this->statement->closeCursor();
	}

	public function fetch(int $fetchMode = PDO::FETCH_ASSOC) {
		return $this->statement->fetch($fetchMode);
	}

	public function fetchAll(int $fetchMode = PDO::FETCH_ASSOC): array {
		return $this->statement->fetchAll($fetchMode);
	}
}
