<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Migration;

use Doctrine\DBAL\Platforms\MySQL80Platform;
use Doctrine\DBAL\Platforms\OraclePlatform;
use Doctrine\DBAL\Platforms\PostgreSQL100Platform;
use Doctrine\DBAL\Platforms\SqlitePlatform;
use Doctrine\DBAL\Schema\Table;
use OCA\SafeMeeting\Migration\Version010300Date20261201140000;
use OCA\SafeMeeting\Tests\Support\Db\SchemaWrapper;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\Db\TypedSchemaWrapper;
use OCP\Migration\IOutput;
use PHPUnit\Framework\TestCase;

/**
 * The attestations table through Doctrine's schema tools, as Nextcloud runs it.
 */
class Version010300Date20261201140000Test extends TestCase {
	private SchemaWrapper|TypedSchemaWrapper $schema;

	protected function setUp(): void {
		$this->schema = SqliteConnection::schema(new SqlitePlatform());
		$result = (new Version010300Date20261201140000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []);
		$this->assertSame($this->schema, $result);
	}

	private function table(): Table {
		return $this->schema->doctrineTable('safemeet_attest');
	}

	public function testCreatesTheAttestationTable(): void {
		$table = $this->table();
		$this->assertSame(['id', 'item', 'subject', 'attested_by', 'attested_at', 'document_ref', 'review_due', 'details'], array_map(static fn ($c) => $c->getName(), array_values($table->getColumns())));
		$this->assertSame(['id'], $table->getPrimaryKey()?->getColumns());
		$this->assertSame(['item'], $table->getIndex('safemeet_attest_item_idx')->getColumns());
		// Oracle stores '' as NULL: the organisation-wide items have no subject, so it must be nullable.
		$this->assertFalse($table->getColumn('subject')->getNotnull());
		$this->assertTrue($table->getColumn('document_ref')->getNotnull());
	}

	/** Nextcloud refuses longer names (MigrationService), and MySQL's utf8mb4 index limit is 191 characters. */
	public function testNamesFitNextcloudsLimits(): void {
		$table = $this->table();
		$this->assertLessThanOrEqual(27, strlen('safemeet_attest'));
		foreach ([...array_keys($table->getColumns()), ...array_keys($table->getIndexes())] as $name) {
			$this->assertLessThanOrEqual(30, strlen($name), $name);
		}
		$this->assertLessThanOrEqual(191, $table->getColumn('item')->getLength());
		$this->assertDoesNotMatchRegularExpression('/\b[A-Za-z0-9_]{31,}\b/', implode("\n", $this->schema->toSql(new OraclePlatform())));
	}

	public function testTheTableOnMySqlAndPostgres(): void {
		$mysql = preg_replace('/\) DEFAULT CHARACTER SET .*$/', ')', $this->schema->toSql(new MySQL80Platform())[0]);
		$this->assertSame('CREATE TABLE oc_safemeet_attest (id BIGINT UNSIGNED AUTO_INCREMENT NOT NULL, item VARCHAR(32) NOT NULL, subject VARCHAR(191) DEFAULT NULL, attested_by VARCHAR(64) NOT NULL, attested_at BIGINT UNSIGNED NOT NULL, document_ref VARCHAR(255) NOT NULL, review_due BIGINT UNSIGNED NOT NULL, details LONGTEXT DEFAULT NULL, INDEX safemeet_attest_item_idx (item), PRIMARY KEY(id))', $mysql);
		$this->assertContains('CREATE INDEX safemeet_attest_item_idx ON oc_safemeet_attest (item)', $this->schema->toSql(new PostgreSQL100Platform()));
	}

	public function testDoesNothingWhenTheTableExists(): void {
		$this->assertNull((new Version010300Date20261201140000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []));
	}
}
