<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use Doctrine\DBAL\Connection;
use Doctrine\DBAL\Platforms\AbstractPlatform;
use Doctrine\DBAL\Schema\Schema;
use Doctrine\DBAL\Schema\Table;

/**
 * What both schema wrappers share: a Doctrine Schema of `oc_`-prefixed tables that migrations change
 * through ISchemaWrapper, and turning it into SQL for any platform or applying it to a database.
 */
trait WrapsSchema {
	private Schema $schema;

	public function __construct(
		private AbstractPlatform $platform,
	) {
		$this->schema = new Schema();
	}

	/** The SQL that creates the schema's tables on $platform (MySQL, PostgreSQL, SQLite …). */
	public function toSql(AbstractPlatform $platform): array {
		return $this->schema->toSql($platform);
	}

	public function applyTo(Connection $connection): void {
		foreach ($this->toSql($connection->getDatabasePlatform()) as $statement) {
			$connection->executeStatement($statement);
		}
	}

	/** The Doctrine table behind a name without prefix. */
	public function doctrineTable(string $tableName): Table {
		return $this->schema->getTable(SqliteConnection::TABLE_PREFIX . $tableName);
	}

	private function hasDoctrineTable(string $tableName): bool {
		return $this->schema->hasTable(SqliteConnection::TABLE_PREFIX . $tableName);
	}

	private function createDoctrineTable(string $tableName): Table {
		return $this->schema->createTable(SqliteConnection::TABLE_PREFIX . $tableName);
	}

	private function dropDoctrineTable(string $tableName): void {
		$this->schema->dropTable(SqliteConnection::TABLE_PREFIX . $tableName);
	}

	/** @return list<string> */
	private function prefixedNames(): array {
		return array_map(static fn (Table $t): string => $t->getName(), array_values($this->schema->getTables()));
	}

	private function dropDoctrineAutoincrement(string $table, string $column): void {
		$this->doctrineTable($table)->getColumn($column)->setAutoincrement(false);
	}
}
