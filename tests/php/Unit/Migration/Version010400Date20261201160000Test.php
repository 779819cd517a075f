<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Migration;

use Doctrine\DBAL\Platforms\SqlitePlatform;
use OCA\SafeMeeting\Migration\Version010400Date20261201160000;
use OCA\SafeMeeting\Tests\Support\Db\SchemaWrapper;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\Db\TypedSchemaWrapper;
use OCA\SafeMeeting\Tests\Support\OracleNameLimits;
use OCP\Migration\IOutput;
use PHPUnit\Framework\TestCase;

/**
 * The lock's marks of people in a meeting, through Doctrine's schema tools.
 */
class Version010400Date20261201160000Test extends TestCase {
	use OracleNameLimits;

	private SchemaWrapper|TypedSchemaWrapper $schema;

	protected function setUp(): void {
		$this->schema = SqliteConnection::schema(new SqlitePlatform());
		$this->assertSame($this->schema, (new Version010400Date20261201160000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []));
	}

	public function testCreatesTheMarksTableWithTalksActorIdsOnly(): void {
		$table = $this->schema->doctrineTable('safemeet_actor_marks');

		$this->assertSame(['id', 'token', 'kind', 'actor_type', 'actor_id'], array_map(static fn ($c) => $c->getName(), array_values($table->getColumns())));
		$this->assertSame(['id'], $table->getPrimaryKey()?->getColumns());
		$this->assertTrue($table->getIndex('safemeet_mark_uniq')->isUnique());
		$this->assertSame(['token', 'kind', 'actor_type', 'actor_id'], $table->getIndex('safemeet_mark_uniq')->getColumns());
	}

	public function testRunningItAgainChangesNothing(): void {
		$this->assertNull((new Version010400Date20261201160000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []));
	}

	public function testEveryNameFitsTheLimits(): void {
		$this->assertNamesFitOracle($this->schema, 'safemeet_actor_marks');
	}
}
