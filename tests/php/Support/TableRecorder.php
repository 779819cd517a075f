<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

/**
 * The part of Doctrine's Schema\Table a migration calls, recorded.
 */
class TableRecorder {
	/** @var array<string, array{type: string, options: array}> */
	public array $columns = [];
	public array $primaryKey = [];
	/** @var array<string, array{columns: list<string>, unique: bool}> */
	public array $indexes = [];

	public function __construct(
		public string $name,
	) {
	}

	public function addColumn(string $name, string $type, array $options = []): self {
		$this->columns[$name] = ['type' => $type, 'options' => $options];
		return $this;
	}

	public function setPrimaryKey(array $columns, $indexName = false): self {
		$this->primaryKey = $columns;
		return $this;
	}

	public function addUniqueIndex(array $columns, ?string $indexName = null, array $options = []): self {
		$this->indexes[$indexName] = ['columns' => $columns, 'unique' => true];
		return $this;
	}

	public function addIndex(array $columns, ?string $indexName = null, array $flags = [], array $options = []): self {
		$this->indexes[$indexName] = ['columns' => $columns, 'unique' => false];
		return $this;
	}

	/** @return list<string> */
	public function toSqlite(): array {
		$columns = [];
		foreach ($this->columns as $name => ['type' => $type, 'options' => $options]) {
			if (($options['autoincrement'] ?? false) && $this->primaryKey === [$name]) {
				$columns[] = "\"$name\" INTEGER PRIMARY KEY AUTOINCREMENT";
				continue;
			}
			$sqlType = match ($type) {
				'string' => 'VARCHAR(' . ($options['length'] ?? 255) . ')',
				'text' => 'TEXT',
				'bigint', 'integer', 'smallint' => 'BIGINT',
				'boolean' => 'BOOLEAN',
			};
			$columns[] = "\"$name\" $sqlType" . (($options['notnull'] ?? true) ? ' NOT NULL' : '');
		}
		$statements = ['CREATE TABLE "oc_' . $this->name . '" (' . implode(', ', $columns) . ')'];
		foreach ($this->indexes as $indexName => ['columns' => $indexColumns, 'unique' => $unique]) {
			$statements[] = 'CREATE ' . ($unique ? 'UNIQUE ' : '') . "INDEX \"$indexName\" ON \"oc_$this->name\" (\"" . implode('", "', $indexColumns) . '")';
		}
		return $statements;
	}
}
