<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Migration;

use Doctrine\DBAL\Platforms\OraclePlatform;
use Doctrine\DBAL\Platforms\SqlitePlatform;
use OCA\SafeMeeting\Migration\Version010000Date20261127000000;
use OCA\SafeMeeting\Migration\Version010100Date20261201120000;
use OCA\SafeMeeting\Tests\Support\Db\SchemaWrapper;
use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;
use OCA\SafeMeeting\Tests\Support\Db\TypedSchemaWrapper;
use OCP\Migration\IOutput;
use PHPUnit\Framework\TestCase;

class Version010100Date20261201120000Test extends TestCase {
	private SchemaWrapper|TypedSchemaWrapper $schema;

	protected function setUp(): void {
		$this->schema = SqliteConnection::schema(new SqlitePlatform());
		(new Version010000Date20261127000000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []);
		$this->assertSame($this->schema, (new Version010100Date20261201120000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []));
	}

	public function testAddsTheLockStateWithoutNamesOfRefusedPeople(): void {
		$table = $this->schema->doctrineTable('safemeet_meetings');

		$this->assertSame(
			['id', 'token', 'owner_uid', 'plan', 'created_at', 'locked', 'locked_at', 'locked_by', 'lock_reason', 'refused_joins', 'call_started_at', 'auto_locked_at'],
			array_map(static fn ($c) => $c->getName(), array_values($table->getColumns())),
		);
		$this->assertFalse($table->getColumn('locked')->getNotnull(), 'Nextcloud booleans are nullable');
		$this->assertSame('0', (string)$table->getColumn('refused_joins')->getDefault(), 'only a count');
	}

	public function testCreatesTheAdmissionsTable(): void {
		$table = $this->schema->doctrineTable('safemeet_admissions');

		$this->assertSame(['id', 'token', 'actor_type', 'actor_id', 'expires_at', 'admitted_by'], array_map(static fn ($c) => $c->getName(), array_values($table->getColumns())));
		$this->assertSame(['id'], $table->getPrimaryKey()?->getColumns());
		$this->assertTrue($table->getIndex('safemeet_adm_actor_uniq')->isUnique());
		$this->assertSame(['token', 'actor_type', 'actor_id'], $table->getIndex('safemeet_adm_actor_uniq')->getColumns());
		$this->assertSame(['expires_at'], $table->getIndex('safemeet_adm_expires_idx')->getColumns());
	}

	/** Nextcloud refuses migrations with longer names, for Oracle's sake (MigrationService). */
	public function testEveryNameFitsThe30CharacterLimit(): void {
		$table = $this->schema->doctrineTable('safemeet_admissions');
		foreach ([$table->getName(), ...array_keys($table->getColumns()), ...array_keys($table->getIndexes())] as $name) {
			$this->assertLessThanOrEqual(30, strlen($name), $name);
		}
		$this->assertDoesNotMatchRegularExpression('/\b[A-Za-z0-9_]{31,}\b/', implode("\n", $this->schema->toSql(new OraclePlatform())));
	}

	public function testRunningItAgainChangesNothing(): void {
		$this->assertNull((new Version010100Date20261201120000())->changeSchema($this->createMock(IOutput::class), fn () => $this->schema, []));
	}

	public function testExistingMeetingsStayOpenWithNoRefusals(): void {
		$db = SqliteConnection::withAppSchema();

		$db->dbal()->insert('oc_safemeet_meetings', ['token' => 'abcd1234', 'owner_uid' => 'alice', 'plan' => '{}', 'created_at' => 1]);

		$this->assertEquals(['locked' => 0, 'refused_joins' => 0], $db->dbal()->fetchAssociative('SELECT locked, refused_joins FROM oc_safemeet_meetings'));
	}
}
