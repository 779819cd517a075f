<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\IDBConnection;
use PDO;

/**
 * An IDBConnection over an in-memory SQLite database.
 */
class SqliteConnection implements IDBConnection {
	public PDO $pdo;

	public function __construct() {
		$this->pdo = new PDO('sqlite::memory:');
		$this->pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
	}

	public function getQueryBuilder() {
		return new SqliteQueryBuilder($this->pdo);
	}
}
