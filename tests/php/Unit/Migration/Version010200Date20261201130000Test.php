<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Migration;

use Doctrine\DBAL\Platforms\SqlitePlatform;
use Doctrine\DBAL\Schema\Table;
use OCA\SafeMeeting\Migration\Version010000Date20261127000000;
use OCA\SafeMeeting\Migration\Version010200Date20261201130000;
use OCA\SafeMeeting\Tests\Support\Db\SchemaWrapper;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\Db\TypedSchemaWrapper;
use OCA\SafeMeeting\Tests\Support\OracleNameLimits;
use OCP\Migration\IOutput;
use PHPUnit\Framework\TestCase;

/**
 * Retention's migration through Doctrine's schema tools, on top of the registry's first migration.
 */
class Version010200Date20261201130000Test extends TestCase {
	use OracleNameLimits;

	private SchemaWrapper|TypedSchemaWrapper $schema;

	protected function setUp(): void {
		$this->schema = SqliteConnection::schema(new SqlitePlatform());
		(new Version010000Date20261127000000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []);
		$result = (new Version010200Date20261201130000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []);
		$this->assertSame($this->schema, $result);
	}

	/** @return list<string> */
	private static function columns(Table $table): array {
		return array_map(static fn ($c) => $c->getName(), array_values($table->getColumns()));
	}

	public function testAddsThePurgedMarkerToTheRegistry(): void {
		$column = $this->schema->doctrineTable('safemeet_meetings')->getColumn('purged_at');
		$this->assertFalse($column->getNotnull(), 'null while the meeting lives');
		$this->assertSame('bigint', $column->getType()->getName());
	}

	public function testCreatesTheReceiptsTable(): void {
		$table = $this->schema->doctrineTable('safemeet_receipts');

		$this->assertSame(['id', 'token', 'owner_uid', 'kind', 'object_id', 'object_name', 'action', 'reason', 'rule', 'acted_at', 'actor_type', 'actor_id'], self::columns($table));
		$this->assertSame(['id'], $table->getPrimaryKey()?->getColumns());
		$this->assertSame(['token', 'id'], $table->getIndex('safemeet_rcpt_token_idx')->getColumns());
		$this->assertSame(['owner_uid', 'id'], $table->getIndex('safemeet_rcpt_owner_idx')->getColumns());
		$this->assertSame(['acted_at'], $table->getIndex('safemeet_rcpt_at_idx')->getColumns());
		foreach ($table->getColumns() as $column) {
			// A receipt names things; nothing in it can hold a file's or message's contents.
			$this->assertNotSame('text', $column->getType()->getName(), $column->getName());
		}
	}

	public function testCreatesTheTableOfFilesWhoseShareWentEarly(): void {
		$table = $this->schema->doctrineTable('safemeet_pending');

		$this->assertSame(['id', 'token', 'owner_uid', 'shared_by', 'file_id', 'item_type', 'name', 'shared_at'], self::columns($table));
		$this->assertTrue($table->getIndex('safemeet_pend_file_uniq')->isUnique());
		$this->assertSame(['token', 'file_id'], $table->getIndex('safemeet_pend_file_uniq')->getColumns());
	}

	public function testEveryNameFitsTheLimits(): void {
		$this->assertNamesFitOracle($this->schema, 'safemeet_receipts', 'safemeet_pending');
	}

	public function testRunningItAgainChangesNothing(): void {
		$this->assertNull((new Version010200Date20261201130000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []));
	}

	public function testTheTablesAreCreatedInSqliteAndTakeRows(): void {
		$db = SqliteConnection::withAppSchema();

		$db->dbal()->insert('oc_safemeet_receipts', ['token' => 'abcd1234', 'owner_uid' => 'alice', 'kind' => 'file', 'object_id' => '1', 'object_name' => 'a.pdf', 'action' => 'deleted', 'rule' => 'purge', 'acted_at' => 1, 'actor_type' => 'job']);

		$this->assertSame(['id' => 1, 'reason' => null], $db->dbal()->fetchAssociative('SELECT id, reason FROM oc_safemeet_receipts'));
		$this->assertTrue($db->tableExists('safemeet_pending'));
	}
}
