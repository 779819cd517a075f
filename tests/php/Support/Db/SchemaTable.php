<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use Doctrine\DBAL\Schema\Table;
use Doctrine\DBAL\Types\Type;
use OCP\DB\Schema\ColumnType;
use OCP\DB\Schema\IColumn;
use OCP\DB\Schema\IIndex;
use OCP\DB\Schema\ITable;

/**
 * Nextcloud 35's ITable on a Doctrine table (TypedSchemaWrapper).
 */
final class SchemaTable implements ITable {
	public function __construct(
		private Table $table,
	) {
	}

	public function getName(): string {
		return $this->table->getName();
	}

	public function setPrimaryKey(array $columnNames, string|false $indexName = false): self {
		$this->table->setPrimaryKey($columnNames, $indexName);
		return $this;
	}

	public function addIndex(array $columnNames, ?string $indexName = null, array $flags = [], array $options = []): self {
		$this->table->addIndex($columnNames, $indexName, $flags, $options);
		return $this;
	}

	public function addUniqueConstraint(array $columnNames, ?string $indexName = null, array $flags = [], array $options = []): self {
		$this->table->addUniqueConstraint($columnNames, $indexName, $flags, $options);
		return $this;
	}

	public function hasUniqueConstraint(string $name): bool {
		return $this->table->hasUniqueConstraint($name);
	}

	public function removeUniqueConstraint(string $name): void {
		$this->table->removeUniqueConstraint($name);
	}

	public function dropPrimaryKey(): self {
		$this->table->dropPrimaryKey();
		return $this;
	}

	public function getPrimaryKey(): ?IIndex {
		$key = $this->table->getPrimaryKey();
		return $key === null ? null : new SchemaIndex($key);
	}

	public function hasPrimaryKey(): bool {
		return $this->table->getPrimaryKey() !== null;
	}

	public function dropIndex(string $name): self {
		$this->table->dropIndex($name);
		return $this;
	}

	public function hasIndex(string $name): bool {
		return $this->table->hasIndex($name);
	}

	public function addUniqueIndex(array $columnNames, ?string $indexName = null, array $options = []): self {
		$this->table->addUniqueIndex($columnNames, $indexName, $options);
		return $this;
	}

	public function renameIndex(string $oldName, ?string $newName = null): self {
		$this->table->renameIndex($oldName, $newName);
		return $this;
	}

	public function addColumn(string $name, string|ColumnType $typeName, array $options = []): IColumn {
		$type = $typeName instanceof ColumnType ? $typeName->value : $typeName;
		if (($options['type'] ?? null) instanceof ColumnType) {
			$options['type'] = Type::getType($options['type']->value);
		}
		return new SchemaColumn($this->table->addColumn($name, $type, $options));
	}

	public function modifyColumn(string $name, array $options): self {
		if (isset($options['type'])) {
			$options['type'] = Type::getType($options['type'] instanceof ColumnType ? $options['type']->value : $options['type']);
		}
		$this->table->modifyColumn($name, $options);
		return $this;
	}

	public function dropColumn(string $name): self {
		$this->table->dropColumn($name);
		return $this;
	}

	public function hasColumn(string $name): bool {
		return $this->table->hasColumn($name);
	}

	public function getColumn(string $name): IColumn {
		return new SchemaColumn($this->table->getColumn($name));
	}

	public function getColumns(): array {
		return array_map(static fn ($c): IColumn => new SchemaColumn($c), array_values($this->table->getColumns()));
	}

	public function getIndexes(): array {
		return array_map(static fn ($i): IIndex => new SchemaIndex($i), array_values($this->table->getIndexes()));
	}

	public function getIndex(string $name): IIndex {
		return new SchemaIndex($this->table->getIndex($name));
	}

	public function addForeignKeyConstraint(ITable|string $foreignTable, array $localColumnNames, array $foreignColumnNames, array $options = [], ?string $name = null): self {
		$this->table->addForeignKeyConstraint($foreignTable instanceof ITable ? $foreignTable->getName() : SqliteConnection::TABLE_PREFIX . $foreignTable,
			$localColumnNames, $foreignColumnNames, $options, $name);
		return $this;
	}

	public function hasForeignKey(string $name): bool {
		return $this->table->hasForeignKey($name);
	}

	public function removeForeignKey(string $name): void {
		$this->table->removeForeignKey($name);
	}

	public function getForeignKeys(): array {
		return array_map(static fn ($f) => new SchemaForeignKey($f->getName()), array_values($this->table->getForeignKeys()));
	}
}
