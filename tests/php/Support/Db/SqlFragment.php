<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use OCP\DB\QueryBuilder\ILiteral;
use OCP\DB\QueryBuilder\IParameter;
use OCP\DB\QueryBuilder\IQueryFunction;

/**
 * A piece of SQL the query builder hands out: a parameter placeholder, a literal or a function call.
 * Nextcloud's builder never quotes these as column names; neither does ours (Names::column()).
 */
final class SqlFragment implements IParameter, ILiteral, IQueryFunction {
	public function __construct(
		private string $sql,
	) {
	}

	public function __toString(): string {
		return $this->sql;
	}
}
