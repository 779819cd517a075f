<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Migration;

use Doctrine\DBAL\Platforms\SqlitePlatform;
use OCA\SafeMeeting\Migration\Version010000Date20261127000000;
use OCA\SafeMeeting\Migration\Version010500Date20261201170000;
use OCA\SafeMeeting\Tests\Support\Db\SchemaWrapper;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\Db\TypedSchemaWrapper;
use OCA\SafeMeeting\Tests\Support\OracleNameLimits;
use OCP\Migration\IOutput;
use PHPUnit\Framework\TestCase;

/**
 * The "room deleted by Talk" marker and who started recordings, on top of the registry's first migration.
 */
class Version010500Date20261201170000Test extends TestCase {
	use OracleNameLimits;

	private SchemaWrapper|TypedSchemaWrapper $schema;

	protected function setUp(): void {
		$this->schema = SqliteConnection::schema(new SqlitePlatform());
		(new Version010000Date20261127000000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []);
		$this->assertSame($this->schema, (new Version010500Date20261201170000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []));
	}

	public function testAddsTheRoomDeletedMarkerToTheRegistry(): void {
		$column = $this->schema->doctrineTable('safemeet_meetings')->getColumn('room_deleted_at');
		$this->assertFalse($column->getNotnull(), 'null while the room exists');
		$this->assertSame('bigint', $column->getType()->getName());
	}

	public function testCreatesTheRecordingStartersTableWithUserIdsOnly(): void {
		$table = $this->schema->doctrineTable('safemeet_recorders');

		$this->assertSame(['id', 'token', 'user_id'], array_map(static fn ($c) => $c->getName(), array_values($table->getColumns())));
		$this->assertSame(['id'], $table->getPrimaryKey()?->getColumns());
		$this->assertTrue($table->getIndex('safemeet_rec_uniq')->isUnique());
		$this->assertSame(['token', 'user_id'], $table->getIndex('safemeet_rec_uniq')->getColumns());
	}

	public function testRunningItAgainChangesNothing(): void {
		$this->assertNull((new Version010500Date20261201170000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []));
	}

	public function testEveryNameFitsTheLimits(): void {
		$this->assertNamesFitOracle($this->schema, 'safemeet_recorders');
	}
}
