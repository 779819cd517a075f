<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use Doctrine\DBAL\Connection;
use Doctrine\DBAL\DriverManager;
use Doctrine\DBAL\Exception as DoctrineException;
use Doctrine\DBAL\Platforms\AbstractPlatform;
use Doctrine\DBAL\Schema\Schema;
use OCP\DB\IPreparedStatement;
use OCP\DB\IResult;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\DB\QueryBuilder\ITypedQueryBuilder;
use OCP\IDBConnection;
use OCP\Migration\IOutput;

/**
 * IDBConnection over an in-memory SQLite database through Doctrine DBAL, with Nextcloud's table
 * prefix `oc_`: the app's mappers run through Doctrine's query builder (QueryBuilder) and its tables
 * are created by the app's migrations through Doctrine's schema tools (withAppSchema()).
 */
class SqliteConnection implements IDBConnection {
	public const TABLE_PREFIX = 'oc_';
	/** The app's migration steps, oldest first. */
	public const MIGRATIONS = [
		\OCA\SafeMeeting\Migration\Version010000Date20261127000000::class,
		\OCA\SafeMeeting\Migration\Version010100Date20261201120000::class,
		\OCA\SafeMeeting\Migration\Version010200Date20261201130000::class,
		\OCA\SafeMeeting\Migration\Version010300Date20261201140000::class,
		\OCA\SafeMeeting\Migration\Version010400Date20261201160000::class,
		\OCA\SafeMeeting\Migration\Version010500Date20261201170000::class,
	];

	private Connection $connection;

	public function __construct() {
		$this->connection = DriverManager::getConnection([
			'driver' => 'pdo_sqlite',
			'memory' => true,
			// SQLite lacks MD5(); Nextcloud's SQLite connection adds it too.
			'driverOptions' => ['userDefinedFunctions' => ['md5' => ['callback' => 'md5', 'numArgs' => 1]]],
		]);
	}

	/** A database holding the tables the app's migrations create (of the subclass it is called on). */
	public static function withAppSchema(): static {
		$db = new static();
		$schema = self::schema($db->getDatabasePlatform());
		foreach (self::MIGRATIONS as $step) {
			(new $step())->changeSchema(new class implements IOutput {
				public function debug(string $message): void {
				}

				public function info($message): void {
				}

				public function warning($message): void {
				}

				public function startProgress($max = 0): void {
				}

				public function advance($step = 1, $description = ''): void {
				}

				public function finishProgress(): void {
				}
			}, static fn () => $schema, []);
		}
		$schema->applyTo($db->dbal());
		return $db;
	}

	/**
	 * An empty schema for migrations, as the server hands it to them: Doctrine tables up to
	 * Nextcloud 34, OCP's ITable from 35 on (whichever the loaded OCP declares).
	 */
	public static function schema(AbstractPlatform $platform): SchemaWrapper|TypedSchemaWrapper {
		return interface_exists(\OCP\DB\Schema\ITable::class) ? new TypedSchemaWrapper($platform) : new SchemaWrapper($platform);
	}

	/** Doctrine's connection, for assertions on the rows and for the schema tools. */
	public function dbal(): Connection {
		return $this->connection;
	}

	/**
	 * A column, alias or table name quoted for the platform (`t.col` → `"t"."col"`); `*`, function
	 * calls and the builder's parameters, literals and functions stay as they are.
	 */
	public function quoteColumn(mixed $name): string {
		if (!is_string($name)) {
			return (string)$name;
		}
		if ($name === '*' || str_contains($name, '(') || str_starts_with($name, ':') || $name === '?') {
			return $name;
		}
		$quoted = [];
		foreach (explode('.', $name) as $part) {
			$quoted[] = $part === '*' ? $part : $this->connection->quoteIdentifier($part);
		}
		return implode('.', $quoted);
	}

	public function getQueryBuilder() {
		return new QueryBuilder($this);
	}

	public function getTypedQueryBuilder(): ITypedQueryBuilder {
		return new TypedQueryBuilder($this);
	}

	public function prepare($sql, $limit = null, $offset = null): IPreparedStatement {
		$sql = $this->connection->getDatabasePlatform()->modifyLimitQuery($this->replacePrefix($sql), $limit, (int)$offset);
		return $this->run(fn () => new PreparedStatement($this->connection->prepare($sql)));
	}

	public function executeQuery(string $sql, array $params = [], $types = []): IResult {
		return $this->run(fn () => new Result($this->connection->executeQuery($this->replacePrefix($sql), $params, $types)));
	}

	public function executeUpdate(string $sql, array $params = [], array $types = []): int {
		return $this->executeStatement($sql, $params, $types);
	}

	public function executeStatement($sql, array $params = [], array $types = []): int {
		return $this->run(fn () => (int)$this->connection->executeStatement($this->replacePrefix($sql), $params, $types));
	}

	public function lastInsertId(string $table): int {
		return (int)$this->connection->lastInsertId();
	}

	public function insertIfNotExist(string $table, array $input, ?array $compare = null) {
		if ($this->rowExists($table, array_intersect_key($input, array_flip($compare ?? array_keys($input))))) {
			return 0;
		}
		return $this->run(fn () => (int)$this->connection->insert($this->table($table), $this->quotedKeys($input)));
	}

	public function insertIgnoreConflict(string $table, array $values): int {
		$columns = implode(', ', array_map(fn (string $c): string => $this->quoteColumn($c), array_keys($values)));
		$sql = 'INSERT OR IGNORE INTO ' . $this->table($table) . " ($columns) VALUES (" . implode(', ', array_fill(0, count($values), '?')) . ')';
		return $this->run(fn () => (int)$this->connection->executeStatement($sql, array_values($values)));
	}

	public function setValues($table, array $keys, array $values, array $updatePreconditionValues = []): int {
		if (!$this->rowExists($table, $keys)) {
			return $this->run(fn () => (int)$this->connection->insert($this->table($table), $this->quotedKeys($keys + $values)));
		}
		return $this->run(fn () => (int)$this->connection->update($this->table($table), $this->quotedKeys($values), $this->quotedKeys($keys + $updatePreconditionValues)));
	}

	/** SQLite locks the whole database: a write transaction holds it until unlockTable(). */
	public function lockTable($tableName): void {
		$this->beginTransaction();
	}

	public function unlockTable(): void {
		$this->commit();
	}

	public function beginTransaction(): void {
		$this->connection->beginTransaction();
	}

	public function inTransaction(): bool {
		return $this->connection->isTransactionActive();
	}

	public function commit(): void {
		$this->connection->commit();
	}

	public function rollBack(): void {
		$this->connection->rollBack();
	}

	public function getError(): string {
		return '';
	}

	public function errorCode() {
		return '';
	}

	public function errorInfo() {
		return [];
	}

	public function connect(): bool {
		return $this->run(fn () => (bool)$this->connection->connect());
	}

	public function close(): void {
		$this->connection->close();
	}

	public function quote($input, $type = IQueryBuilder::PARAM_STR) {
		return $type === IQueryBuilder::PARAM_INT ? (string)(int)$input : $this->connection->quote((string)$input);
	}

	public function getDatabasePlatform() {
		return $this->connection->getDatabasePlatform();
	}

	public function dropTable(string $table): void {
		$this->run(fn () => $this->connection->createSchemaManager()->dropTable($this->table($table)));
	}

	/** SQLite has no TRUNCATE and no cascading of its own here. */
	public function truncateTable(string $table, bool $cascade): void {
		$this->run(fn () => $this->connection->executeStatement('DELETE FROM ' . $this->table($table)));
	}

	public function tableExists(string $table): bool {
		return $this->connection->createSchemaManager()->tablesExist([self::TABLE_PREFIX . $table]);
	}

	public function escapeLikeParameter(string $param): string {
		return addcslashes($param, '\\_%');
	}

	public function supports4ByteText(): bool {
		return true;
	}

	public function createSchema(): Schema {
		return $this->connection->createSchemaManager()->introspectSchema();
	}

	public function migrateToSchema(Schema $toSchema): void {
		$manager = $this->connection->createSchemaManager();
		$diff = $manager->createComparator()->compareSchemas($manager->introspectSchema(), $toSchema);
		foreach ($this->connection->getDatabasePlatform()->getAlterSchemaSQL($diff) as $sql) {
			$this->executeStatement($sql);
		}
	}

	public function getDatabaseProvider(bool $strict = false): string {
		return 'sqlite'; // IDBConnection::PLATFORM_SQLITE
	}

	/** One database, no shards. */
	public function getShardDefinition(string $name): ?\OC\DB\QueryBuilder\Sharded\ShardDefinition {
		return null;
	}

	/** Needs sharding, which is a server feature: not available in the test database. */
	public function getCrossShardMoveHelper(): \OC\DB\QueryBuilder\Sharded\CrossShardMoveHelper {
		throw new \LogicException('The test database has no shards to move rows between');
	}

	private function table(string $table): string {
		return $this->quoteColumn(self::TABLE_PREFIX . $table);
	}

	private function replacePrefix(string $sql): string {
		return str_replace('*PREFIX*', self::TABLE_PREFIX, $sql);
	}

	/** @return array<string, mixed> */
	private function quotedKeys(array $values): array {
		return array_combine(array_map(fn (string $c): string => $this->quoteColumn($c), array_keys($values)), array_values($values));
	}

	private function rowExists(string $table, array $where): bool {
		$conditions = array_map(fn (string $c): string => $this->quoteColumn($c) . ' = ?', array_keys($where));
		$sql = 'SELECT 1 FROM ' . $this->table($table) . ($conditions === [] ? '' : ' WHERE ' . implode(' AND ', $conditions));
		return $this->run(fn () => $this->connection->fetchOne($sql, array_values($where))) !== false;
	}

	/**
	 * @template T
	 * @param \Closure(): T $query
	 * @return T
	 */
	private function run(\Closure $query): mixed {
		try {
			return $query();
		} catch (DoctrineException $e) {
			throw DbalException::wrap($e);
		}
	}
}
