<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use Doctrine\DBAL\Platforms\AbstractPlatform;
use OCP\DB\ISchemaWrapper;
use OCP\DB\Schema\ITable;

/**
 * ISchemaWrapper of Nextcloud 35, whose tables are OCP's ITable (here: SchemaTable on Doctrine's).
 * Load only where OCP has ITable (SqliteConnection::schema()).
 */
class TypedSchemaWrapper implements ISchemaWrapper {
	use WrapsSchema;

	public function getTable(string $tableName): ITable {
		return new SchemaTable($this->doctrineTable($tableName));
	}

	public function hasTable(string $tableName): bool {
		return $this->hasDoctrineTable($tableName);
	}

	public function createTable(string $tableName): ITable {
		return new SchemaTable($this->createDoctrineTable($tableName));
	}

	public function dropTable(string $tableName): self {
		$this->dropDoctrineTable($tableName);
		return $this;
	}

	public function getTables(): array {
		return array_map(static fn ($t): ITable => new SchemaTable($t), array_values($this->schema->getTables()));
	}

	public function getTableNames(): array {
		return $this->prefixedNames();
	}

	public function getTableNamesWithoutPrefix(): array {
		return array_map(static fn (string $name): string => substr($name, strlen(SqliteConnection::TABLE_PREFIX)), $this->prefixedNames());
	}

	public function getDatabasePlatform(): AbstractPlatform {
		return $this->platform;
	}

	public function dropAutoincrementColumn(string $table, string $column): void {
		$this->dropDoctrineAutoincrement($table, $column);
	}
}
