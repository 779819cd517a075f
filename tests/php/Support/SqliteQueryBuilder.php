<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\DB\Exception;
use OCP\DB\IResult;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;
use PDO;
use PDOException;

/**
 * Just enough of Nextcloud's query builder to run the app's mappers on SQLite: simple SELECT
 * with AND-ed predicates and ORDER BY, INSERT, and DELETE with AND-ed predicates. Table names get the `oc_` prefix like in Nextcloud.
 */
class SqliteQueryBuilder implements IQueryBuilder {
	private string $kind = '';
	private string $table = '';
	private array $selects = [];
	private array $where = [];
	private array $order = [];
	private array $values = [];
	private array $params = [];
	private ?int $limit = null;

	public function __construct(
		private PDO $pdo,
	) {
	}

	public function expr() {
		return new SqliteExpressionBuilder();
	}

	public function select(...$selects) {
		$this->kind = 'select';
		$this->selects = $selects;
		return $this;
	}

	public function from($from, $alias = null) {
		$this->table = $from;
		return $this;
	}

	public function insert($insert = null) {
		$this->kind = 'insert';
		$this->table = $insert;
		return $this;
	}

	public function delete($delete = null, $alias = null) {
		$this->kind = 'delete';
		$this->table = $delete;
		return $this;
	}

	public function where(...$predicates) {
		$this->where = $predicates;
		return $this;
	}

	public function andWhere(...$where) {
		array_push($this->where, ...$where);
		return $this;
	}

	public function setValue($column, $value) {
		$this->values[$column] = $value;
		return $this;
	}

	public function orderBy($sort, $order = null) {
		$this->order = [];
		return $this->addOrderBy($sort, $order);
	}

	public function addOrderBy($sort, $order = null) {
		$this->order[] = "\"$sort\" " . ($order === 'DESC' ? 'DESC' : 'ASC');
		return $this;
	}

	public function setMaxResults($maxResults) {
		$this->limit = $maxResults;
		return $this;
	}

	public function createNamedParameter($value, $type = self::PARAM_STR, $placeHolder = null) {
		$name = $placeHolder ?? ':dcValue' . (count($this->params) + 1);
		$this->params[$name] = [$value, $type === self::PARAM_INT ? PDO::PARAM_INT : ($value === null ? PDO::PARAM_NULL : PDO::PARAM_STR)];
		return $name;
	}

	public function getSQL() {
		$table = "\"oc_$this->table\"";
		if ($this->kind === 'insert') {
			$columns = implode(', ', array_map(static fn (string $c): string => "\"$c\"", array_keys($this->values)));
			return "INSERT INTO $table ($columns) VALUES (" . implode(', ', $this->values) . ')';
		}
		$sql = $this->kind === 'delete' ? "DELETE FROM $table" : 'SELECT ' . implode(', ', $this->selects) . " FROM $table";
		if ($this->where !== []) {
			$sql .= ' WHERE ' . implode(' AND ', $this->where);
		}
		if ($this->order !== []) {
			$sql .= ' ORDER BY ' . implode(', ', $this->order);
		}
		if ($this->limit !== null) {
			$sql .= ' LIMIT ' . $this->limit;
		}
		return $sql;
	}

	public function executeQuery(?IDBConnection $connection = null): IResult {
		return new SqliteResult($this->run());
	}

	public function executeStatement(?IDBConnection $connection = null): int {
		return $this->run()->rowCount();
	}

	public function getLastInsertId(): int {
		return (int)$this->pdo->lastInsertId();
	}

	private function run(): \PDOStatement {
		try {
			$statement = $this->pdo->prepare($this->getSQL());
			foreach ($this->params as $name => [$value, $type]) {
				$statement->bindValue($name, $value, $type);
			}
			$statement->execute();
			return $statement;
		} catch (PDOException $e) {
			$unique = str_contains($e->getMessage(), 'UNIQUE constraint failed');
			throw new Exception($e->getMessage(), $unique ? Exception::REASON_UNIQUE_CONSTRAINT_VIOLATION : null, $e);
		}
	}
}
