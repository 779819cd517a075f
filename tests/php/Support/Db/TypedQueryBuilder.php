<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use OCP\DB\QueryBuilder\ITypedQueryBuilder;

/**
 * Nextcloud 34's typed query builder: the same builder, plus selects of plain column names.
 * Load only where OCP has ITypedQueryBuilder (IDBConnection::getTypedQueryBuilder(), NC 34+).
 */
class TypedQueryBuilder extends QueryBuilder implements ITypedQueryBuilder {
	public function selectColumns(string ...$columns): self {
		$this->select(...$columns);
		return $this;
	}

	public function selectColumnsDistinct(string ...$columns): self {
		$this->selectDistinct($columns);
		return $this;
	}
}
