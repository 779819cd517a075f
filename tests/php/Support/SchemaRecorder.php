<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\DB\ISchemaWrapper;
use PDO;

/**
 * Records what a migration declares and turns it into SQLite DDL, so mapper tests run against the
 * schema the migration really creates (Nextcloud's `oc_` table prefix included).
 */
class SchemaRecorder implements ISchemaWrapper {
	/** @var array<string, TableRecorder> */
	public array $tables = [];

	public function getTable($tableName) {
		return $this->tables[$tableName];
	}

	public function hasTable($tableName) {
		return isset($this->tables[$tableName]);
	}

	public function createTable($tableName) {
		return $this->tables[$tableName] = new TableRecorder($tableName);
	}

	public function createIn(PDO $pdo): void {
		foreach ($this->tables as $table) {
			foreach ($table->toSqlite() as $statement) {
				$pdo->exec($statement);
			}
		}
	}
}
