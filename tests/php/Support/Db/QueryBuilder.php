<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use Doctrine\DBAL\Exception as DoctrineException;
use Doctrine\DBAL\ParameterType;
use Doctrine\DBAL\Query\QueryBuilder as DoctrineQueryBuilder;
use OCP\DB\IResult;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;

/**
 * IQueryBuilder on Doctrine DBAL's query builder, wrapped the way Nextcloud's contract describes it:
 * table names get the instance's prefix (`oc_`) unless automaticTablePrefix(false), table and column
 * names are quoted for the platform, parameters are named `:dcValueN` by Doctrine, functions, literals
 * and parameters are never quoted, and database errors come out as OCP\DB\Exception with a reason.
 * The SQL it runs is Doctrine's, so a mapper's query is the one Nextcloud would send.
 */
class QueryBuilder implements IQueryBuilder {
	private DoctrineQueryBuilder $qb;
	private bool $prefixTables = true;
	/** The table of the last insert(), for getLastInsertId(). */
	private ?string $insertTable = null;
	/** @var list<string> output column names, for getOutputColumns() */
	private array $outputColumns = [];

	public function __construct(
		private SqliteConnection $connection,
	) {
		$this->qb = $connection->dbal()->createQueryBuilder();
	}

	public function automaticTablePrefix($enabled) {
		$this->prefixTables = (bool)$enabled;
		return $this;
	}

	public function expr() {
		return new ExpressionBuilder($this->connection);
	}

	public function func() {
		return new FunctionBuilder($this->connection);
	}

	public function getType() {
		return $this->qb->getType();
	}

	public function getConnection() {
		return $this->connection;
	}

	public function getState() {
		return $this->qb->getState();
	}

	public function execute(?IDBConnection $connection = null) {
		return $this->qb->getType() === DoctrineQueryBuilder::SELECT ? $this->executeQuery($connection) : $this->executeStatement($connection);
	}

	public function executeQuery(?IDBConnection $connection = null): IResult {
		if ($this->qb->getType() !== DoctrineQueryBuilder::SELECT) {
			throw new \RuntimeException('Invalid query type, expected SELECT query');
		}
		try {
			return new Result($this->qb->executeQuery());
		} catch (DoctrineException $e) {
			throw DbalException::wrap($e);
		}
	}

	public function executeStatement(?IDBConnection $connection = null): int {
		if ($this->qb->getType() === DoctrineQueryBuilder::SELECT) {
			throw new \RuntimeException('Invalid query type, expected INSERT, DELETE or UPDATE statement');
		}
		try {
			return (int)$this->qb->executeStatement();
		} catch (DoctrineException $e) {
			throw DbalException::wrap($e);
		}
	}

	public function getSQL() {
		return $this->qb->getSQL();
	}

	public function setParameter($key, $value, $type = null) {
		$this->qb->setParameter($key, $value, $type ?? ParameterType::STRING);
		return $this;
	}

	public function setParameters(array $params, array $types = []) {
		$this->qb->setParameters($params, $types);
		return $this;
	}

	public function getParameters() {
		return $this->qb->getParameters();
	}

	public function getParameter($key) {
		return $this->qb->getParameter($key);
	}

	public function getParameterTypes() {
		return $this->qb->getParameterTypes();
	}

	public function getParameterType($key) {
		return $this->qb->getParameterType($key);
	}

	public function setFirstResult($firstResult) {
		$this->qb->setFirstResult((int)$firstResult);
		return $this;
	}

	public function getFirstResult() {
		return $this->qb->getFirstResult();
	}

	public function setMaxResults($maxResults) {
		$this->qb->setMaxResults($maxResults === null ? null : (int)$maxResults);
		return $this;
	}

	public function getMaxResults() {
		return $this->qb->getMaxResults();
	}

	public function select(...$selects) {
		$this->outputColumns = [];
		$this->qb->select(...$this->columns($selects));
		return $this;
	}

	public function selectAlias($select, $alias): static {
		$this->outputColumns[] = (string)$alias;
		$this->qb->addSelect($this->connection->quoteColumn($select) . ' AS ' . $this->connection->quoteColumn($alias));
		return $this;
	}

	public function selectDistinct($select) {
		$this->outputColumns = [];
		$this->qb->distinct();
		$this->qb->select(...$this->columns(is_array($select) ? $select : [$select]));
		return $this;
	}

	public function addSelect(...$select) {
		$this->qb->addSelect(...$this->columns($select));
		return $this;
	}

	public function getOutputColumns(): array {
		return array_values(array_unique($this->outputColumns));
	}

	public function delete($delete = null, $alias = null) {
		$this->qb->delete($this->getTableName($delete), $alias);
		return $this;
	}

	public function update($update = null, $alias = null) {
		$this->qb->update($this->getTableName($update), $alias);
		return $this;
	}

	public function insert($insert = null) {
		$this->insertTable = (string)$insert;
		$this->qb->insert($this->getTableName($insert));
		return $this;
	}

	public function from($from, $alias = null) {
		$this->qb->from($this->getTableName($from), $alias === null ? null : $this->connection->quoteColumn($alias));
		return $this;
	}

	public function join($fromAlias, $join, $alias, $condition = null) {
		return $this->innerJoin($fromAlias, $join, $alias, $condition);
	}

	public function innerJoin($fromAlias, $join, $alias, $condition = null) {
		$this->qb->innerJoin($this->connection->quoteColumn($fromAlias), $this->getTableName($join), $this->connection->quoteColumn($alias), $condition === null ? null : (string)$condition);
		return $this;
	}

	public function leftJoin($fromAlias, $join, $alias, $condition = null) {
		$this->qb->leftJoin($this->connection->quoteColumn($fromAlias), $this->getTableName($join), $this->connection->quoteColumn($alias), $condition === null ? null : (string)$condition);
		return $this;
	}

	public function rightJoin($fromAlias, $join, $alias, $condition = null) {
		$this->qb->rightJoin($this->connection->quoteColumn($fromAlias), $this->getTableName($join), $this->connection->quoteColumn($alias), $condition === null ? null : (string)$condition);
		return $this;
	}

	public function set($key, $value) {
		$this->qb->set($this->connection->quoteColumn($key), (string)$value);
		return $this;
	}

	public function where(...$predicates) {
		$this->qb->where(...$this->predicates($predicates));
		return $this;
	}

	public function andWhere(...$where) {
		$this->qb->andWhere(...$this->predicates($where));
		return $this;
	}

	public function orWhere(...$where) {
		$this->qb->orWhere(...$this->predicates($where));
		return $this;
	}

	public function groupBy(...$groupBys) {
		$this->qb->groupBy(...$this->columns($groupBys));
		return $this;
	}

	public function addGroupBy(...$groupBy) {
		$this->qb->addGroupBy(...$this->columns($groupBy));
		return $this;
	}

	public function having(...$having) {
		$this->qb->having(...$this->predicates($having));
		return $this;
	}

	public function andHaving(...$having) {
		$this->qb->andHaving(...$this->predicates($having));
		return $this;
	}

	public function orHaving(...$having) {
		$this->qb->orHaving(...$this->predicates($having));
		return $this;
	}

	public function orderBy($sort, $order = null): static {
		$this->qb->orderBy($this->connection->quoteColumn($sort), self::direction($order));
		return $this;
	}

	public function addOrderBy($sort, $order = null): static {
		$this->qb->addOrderBy($this->connection->quoteColumn($sort), self::direction($order));
		return $this;
	}

	public function getQueryPart($queryPartName) {
		return $this->qb->getQueryPart($queryPartName);
	}

	public function getQueryParts() {
		return $this->qb->getQueryParts();
	}

	public function resetQueryParts($queryPartNames = null) {
		$this->qb->resetQueryParts($queryPartNames);
		return $this;
	}

	public function resetQueryPart($queryPartName) {
		$this->qb->resetQueryPart($queryPartName);
		return $this;
	}

	public function createNamedParameter($value, $type = self::PARAM_STR, $placeHolder = null) {
		return new SqlFragment($this->qb->createNamedParameter($value, $type, $placeHolder));
	}

	public function createPositionalParameter($value, $type = self::PARAM_STR) {
		return new SqlFragment($this->qb->createPositionalParameter($value, $type));
	}

	public function createParameter($name) {
		return new SqlFragment(':' . $name);
	}

	public function createFunction($call) {
		return new SqlFragment((string)$call);
	}

	public function getLastInsertId(): int {
		if ($this->insertTable === null) {
			throw new \BadMethodCallException('Invalid call to getLastInsertId without using insert() before.');
		}
		return $this->connection->lastInsertId($this->prefixTables ? $this->prefixTableName($this->insertTable) : $this->insertTable);
	}

	public function getTableName($table) {
		if (!is_string($table)) {
			return (string)$table; // a function or sub-query
		}
		return $this->connection->quoteColumn($this->prefixTables ? $this->prefixTableName($table) : $table);
	}

	public function prefixTableName(string $table): string {
		return str_starts_with($table, '*PREFIX*') ? SqliteConnection::TABLE_PREFIX . substr($table, 8) : SqliteConnection::TABLE_PREFIX . $table;
	}

	public function getColumnName($column, $tableAlias = '') {
		return $this->connection->quoteColumn($tableAlias !== '' ? "$tableAlias.$column" : $column);
	}

	/** One database, no shards: the hint changes nothing. */
	public function hintShardKey(string $column, mixed $value, bool $overwrite = false): static {
		return $this;
	}

	/** One database, no shards: the query already runs everywhere. */
	public function runAcrossAllShards(): static {
		return $this;
	}

	public function values(array $values) {
		foreach ($values as $column => $value) {
			$this->setValue($column, $value);
		}
		return $this;
	}

	public function setValue($column, $value) {
		$this->qb->setValue($this->connection->quoteColumn($column), (string)$value);
		return $this;
	}

	/** SQLite locks the whole database for a write transaction and has no row locks to ask for. */
	public function forUpdate($conflictResolutionMode = null): static {
		return $this;
	}

	/**
	 * @param array $names one list, or the names themselves
	 * @return list<string>
	 */
	private function columns(array $names): array {
		$names = count($names) === 1 && is_array($names[0]) ? $names[0] : $names;
		foreach ($names as $name) {
			$this->outputColumns[] = is_string($name) ? substr((string)strrchr('.' . $name, '.'), 1) : (string)$name;
		}
		return array_map(fn ($name): string => $this->connection->quoteColumn($name), array_values($names));
	}

	/** @return list<string> */
	private function predicates(array $predicates): array {
		$predicates = count($predicates) === 1 && is_array($predicates[0]) ? $predicates[0] : $predicates;
		return array_map(static fn ($predicate): string => (string)$predicate, array_values($predicates));
	}

	private static function direction(mixed $order): ?string {
		if ($order instanceof \UnitEnum) {
			$order = $order instanceof \BackedEnum ? (string)$order->value : $order->name;
		}
		return $order === null ? null : (str_starts_with(strtoupper((string)$order), 'DESC') ? 'DESC' : 'ASC');
	}
}
