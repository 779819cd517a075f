<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use OCP\DB\ISchemaWrapper;

/**
 * ISchemaWrapper of Nextcloud 32–34 on Doctrine's Schema: migrations get Doctrine tables, as there.
 * Nextcloud 35 hands out OCP's own ITable instead (TypedSchemaWrapper); SqliteConnection::schema() picks the one that
 * matches the loaded OCP.
 */
class SchemaWrapper implements ISchemaWrapper {
	use WrapsSchema;

	public function getTable($tableName) {
		return $this->doctrineTable($tableName);
	}

	public function hasTable($tableName) {
		return $this->hasDoctrineTable($tableName);
	}

	public function createTable($tableName) {
		return $this->createDoctrineTable($tableName);
	}

	public function dropTable($tableName) {
		$this->dropDoctrineTable($tableName);
		return $this;
	}

	public function getTables() {
		return $this->schema->getTables();
	}

	public function getTableNames() {
		return $this->prefixedNames();
	}

	public function getTableNamesWithoutPrefix() {
		return array_map(static fn (string $name): string => substr($name, strlen(SqliteConnection::TABLE_PREFIX)), $this->prefixedNames());
	}

	public function getDatabasePlatform() {
		return $this->platform;
	}

	public function dropAutoincrementColumn(string $table, string $column): void {
		$this->dropDoctrineAutoincrement($table, $column);
	}
}
