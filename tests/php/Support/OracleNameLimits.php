<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use Doctrine\DBAL\Platforms\OraclePlatform;
use OCA\SafeMeeting\Tests\Support\Db\SchemaWrapper;
use OCA\SafeMeeting\Tests\Support\Db\TypedSchemaWrapper;

/**
 * Nextcloud refuses migrations with longer names, for Oracle's sake (MigrationService): table names up to
 * 27 characters (Oracle adds a suffix for sequences), columns and indexes up to 30, and nothing longer in
 * the SQL Oracle would get (its own generated names included).
 *
 * @psalm-require-extends \PHPUnit\Framework\TestCase
 */
trait OracleNameLimits {
	private function assertNamesFitOracle(SchemaWrapper|TypedSchemaWrapper $schema, string ...$tables): void {
		foreach ($tables as $name) {
			$table = $schema->doctrineTable($name);
			$this->assertLessThanOrEqual(27, strlen($name));
			foreach ([...array_keys($table->getColumns()), ...array_keys($table->getIndexes())] as $identifier) {
				$this->assertLessThanOrEqual(30, strlen($identifier), $identifier);
			}
		}
		$this->assertDoesNotMatchRegularExpression('/\b[A-Za-z0-9_]{31,}\b/', implode("\n", $schema->toSql(new OraclePlatform())));
	}
}
