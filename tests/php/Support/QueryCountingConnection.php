<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;

/**
 * The SQLite test database (create it with withAppSchema()), counting the queries the app builds: every
 * mapper method builds one query builder per statement it runs.
 */
class QueryCountingConnection extends SqliteConnection {
	public int $queries = 0;

	public function getQueryBuilder() {
		$this->queries++;
		return parent::getQueryBuilder();
	}
}
