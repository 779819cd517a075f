<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use OCP\DB\IResult;
use OCP\IDBConnection;

/**
 * The SQLite test database, counting every query the app's query builders run, by kind and table
 * (`select safemeet_meetings`, `insert safemeet_receipts` …). Direct DBAL calls of the tests are not counted.
 */
class CountingSqliteConnection extends SqliteConnection {
	/** @var array<string, int> */
	public array $counts = [];

	public function getQueryBuilder() {
		return new class($this) extends QueryBuilder {
			public function __construct(
				private CountingSqliteConnection $counter,
			) {
				parent::__construct($counter);
			}

			public function executeQuery(?IDBConnection $connection = null): IResult {
				$this->counter->count($this->getSQL());
				return parent::executeQuery($connection);
			}

			public function executeStatement(?IDBConnection $connection = null): int {
				$this->counter->count($this->getSQL());
				return parent::executeStatement($connection);
			}
		};
	}

	public function count(string $sql): void {
		preg_match('/^(\w+).*?"?oc_(\w+)"?/s', $sql, $match);
		$key = strtolower($match[1] ?? 'other') . ' ' . ($match[2] ?? '?');
		$this->counts[$key] = ($this->counts[$key] ?? 0) + 1;
	}

	/** Queries counted, all or those whose key starts with `prefix` (`select`, `insert safemeet_receipts`). */
	public function total(?string $prefix = null): int {
		$total = 0;
		foreach ($this->counts as $key => $count) {
			$total += $prefix === null || str_starts_with($key, $prefix) ? $count : 0;
		}
		return $total;
	}

	public function reset(): void {
		$this->counts = [];
	}
}
