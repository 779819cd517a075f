<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Migration;

use OCA\SafeMeeting\Migration\Version010000Date20261127000000;
use OCA\SafeMeeting\Tests\Support\SchemaRecorder;
use OCP\Migration\IOutput;
use PHPUnit\Framework\TestCase;

class Version010000Date20261127000000Test extends TestCase {
	public function testCreatesTheMeetingRegistryTable(): void {
		$schema = new SchemaRecorder();
		$result = (new Version010000Date20261127000000())->changeSchema($this->createMock(IOutput::class), static fn () => $schema, []);

		$this->assertSame($schema, $result);
		$table = $schema->getTable('safemeet_meetings');
		$this->assertSame(['id', 'token', 'owner_uid', 'plan', 'created_at'], array_keys($table->columns));
		$this->assertSame(['bigint', 'string', 'string', 'text', 'bigint'], array_column($table->columns, 'type'));
		$this->assertTrue($table->columns['id']['options']['autoincrement']);
		$this->assertSame(64, $table->columns['token']['options']['length']);
		$this->assertSame(64, $table->columns['owner_uid']['options']['length']);
		$this->assertSame(['id'], $table->primaryKey);
		$this->assertSame(['columns' => ['token'], 'unique' => true], $table->indexes['safemeet_token_uniq']);
		$this->assertSame(['columns' => ['owner_uid'], 'unique' => false], $table->indexes['safemeet_owner_idx']);
		// Nextcloud limits identifiers to 30 characters (27 for table names without prefix).
		foreach ([...array_keys($table->indexes), 'safemeet_meetings'] as $name) {
			$this->assertLessThanOrEqual(27, strlen($name), $name);
		}
	}

	public function testDoesNothingWhenTheTableExists(): void {
		$schema = new SchemaRecorder();
		$schema->createTable('safemeet_meetings');
		$this->assertNull((new Version010000Date20261127000000())->changeSchema($this->createMock(IOutput::class), static fn () => $schema, []));
	}
}
