<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Migration;

use Doctrine\DBAL\Platforms\AbstractPlatform;
use Doctrine\DBAL\Platforms\MySQL80Platform;
use Doctrine\DBAL\Platforms\OraclePlatform;
use Doctrine\DBAL\Platforms\PostgreSQL100Platform;
use Doctrine\DBAL\Platforms\SqlitePlatform;
use Doctrine\DBAL\Schema\Table;
use OCA\SafeMeeting\Migration\Version010000Date20261127000000;
use OCA\SafeMeeting\Tests\Support\Db\SchemaWrapper;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\Db\TypedSchemaWrapper;
use OCP\Migration\IOutput;
use PHPUnit\Framework\TestCase;

/**
 * The migration through Doctrine's schema tools, as Nextcloud runs it: the table it declares, and the
 * SQL that table becomes on each database Nextcloud supports.
 */
class Version010000Date20261127000000Test extends TestCase {
	private SchemaWrapper|TypedSchemaWrapper $schema;

	protected function setUp(): void {
		$this->schema = SqliteConnection::schema(new SqlitePlatform());
		$result = (new Version010000Date20261127000000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []);
		$this->assertSame($this->schema, $result);
	}

	private function table(): Table {
		return $this->schema->doctrineTable('safemeet_meetings');
	}

	public function testCreatesTheMeetingRegistryTable(): void {
		$table = $this->table();

		$this->assertSame('oc_safemeet_meetings', $table->getName());
		$this->assertSame(['id', 'token', 'owner_uid', 'plan', 'created_at'], array_map(static fn ($c) => $c->getName(), array_values($table->getColumns())));
		$this->assertTrue($table->getColumn('id')->getAutoincrement());
		$this->assertSame(64, $table->getColumn('token')->getLength());
		$this->assertSame(64, $table->getColumn('owner_uid')->getLength());
		$this->assertSame(['id'], $table->getPrimaryKey()?->getColumns());
		$this->assertTrue($table->getIndex('safemeet_token_uniq')->isUnique());
		$this->assertSame(['token'], $table->getIndex('safemeet_token_uniq')->getColumns());
		$this->assertFalse($table->getIndex('safemeet_owner_idx')->isUnique());
		$this->assertSame(['owner_uid'], $table->getIndex('safemeet_owner_idx')->getColumns());
	}

	/** Nextcloud refuses migrations with longer names, for Oracle's sake (MigrationService). */
	public function testEveryNameFitsThe30CharacterLimit(): void {
		$table = $this->table();
		$names = [$table->getName(), ...array_keys($table->getColumns()), ...array_keys($table->getIndexes()), $table->getName() . '_pkey', $table->getName() . '_seq'];
		foreach ($names as $name) {
			$this->assertLessThanOrEqual(30, strlen($name), $name);
		}
		// Oracle's own generated names (sequence, trigger, primary key) too.
		$this->assertDoesNotMatchRegularExpression('/\b[A-Za-z0-9_]{31,}\b/', implode("\n", $this->schema->toSql(new OraclePlatform())));
	}

	public static function platforms(): array {
		return [
			'MySQL / MariaDB' => [new MySQL80Platform(), [
				'CREATE TABLE oc_safemeet_meetings (id BIGINT UNSIGNED AUTO_INCREMENT NOT NULL, token VARCHAR(64) NOT NULL, owner_uid VARCHAR(64) NOT NULL, plan LONGTEXT NOT NULL, created_at BIGINT UNSIGNED NOT NULL, UNIQUE INDEX safemeet_token_uniq (token), INDEX safemeet_owner_idx (owner_uid), PRIMARY KEY(id))',
			]],
			'PostgreSQL' => [new PostgreSQL100Platform(), [
				'CREATE TABLE oc_safemeet_meetings (id BIGSERIAL NOT NULL, token VARCHAR(64) NOT NULL, owner_uid VARCHAR(64) NOT NULL, plan TEXT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY(id))',
				'CREATE UNIQUE INDEX safemeet_token_uniq ON oc_safemeet_meetings (token)',
				'CREATE INDEX safemeet_owner_idx ON oc_safemeet_meetings (owner_uid)',
			]],
			'SQLite' => [new SqlitePlatform(), [
				'CREATE TABLE oc_safemeet_meetings (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, token VARCHAR(64) NOT NULL, owner_uid VARCHAR(64) NOT NULL, "plan" CLOB NOT NULL, created_at BIGINT UNSIGNED NOT NULL)',
				'CREATE UNIQUE INDEX safemeet_token_uniq ON oc_safemeet_meetings (token)',
				'CREATE INDEX safemeet_owner_idx ON oc_safemeet_meetings (owner_uid)',
			]],
		];
	}

	/**
	 * The SQL each database gets (MySQL's table options left out): 64-bit ids, texts of any length for
	 * plans, and indexed VARCHARs short enough for MySQL's utf8mb4 index limit (767 bytes = 191 characters).
	 *
	 * @dataProvider platforms
	 * @param list<string> $expected
	 */
	public function testTheTableOnEachDatabase(AbstractPlatform $platform, array $expected): void {
		$sql = array_map(static fn (string $s): string => preg_replace('/\) DEFAULT CHARACTER SET .*$/', ')', $s), $this->schema->toSql($platform));

		$this->assertSame($expected, $sql);
		foreach (['token', 'owner_uid'] as $indexed) {
			$this->assertLessThanOrEqual(191, $this->table()->getColumn($indexed)->getLength(), $indexed);
		}
	}

	public function testTheTableIsCreatedInSqliteAndTakesRows(): void {
		$db = SqliteConnection::withAppSchema();

		$db->dbal()->insert('oc_safemeet_meetings', ['token' => 'abcd1234', 'owner_uid' => 'alice', 'plan' => '{}', 'created_at' => 1]);

		$this->assertSame(['id' => 1, 'token' => 'abcd1234'], $db->dbal()->fetchAssociative('SELECT id, token FROM oc_safemeet_meetings'));
		$this->assertTrue($db->tableExists('safemeet_meetings'));
	}

	public function testDoesNothingWhenTheTableExists(): void {
		$this->assertNull((new Version010000Date20261127000000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []));
	}
}
