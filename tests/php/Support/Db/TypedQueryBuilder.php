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
	// PHP checks the inherited `static` returns against QueryBuilder, not this class, so the methods whose
	// interface returns `self` are declared again here
	// (their `static` then is this class).

	public function selectAlias($select, $alias): static {
		return parent::selectAlias($select, $alias);
	}

	public function orderBy($sort, $order = null): static {
		return parent::orderBy($sort, $order);
	}

	public function addOrderBy($sort, $order = null): static {
		return parent::addOrderBy($sort, $order);
	}

	public function hintShardKey(string $column, mixed $value, bool $overwrite = false): static {
		return parent::hintShardKey($column, $value, $overwrite);
	}

	public function runAcrossAllShards(): static {
		return parent::runAcrossAllShards();
	}

	public function forUpdate($conflictResolutionMode = null): static {
		return parent::forUpdate($conflictResolutionMode);
	}

	public function selectColumns(string ...$columns): self {
		$this->select(...$columns);
		return $this;
	}

	public function selectColumnsDistinct(string ...$columns): self {
		$this->selectDistinct($columns);
		return $this;
	}
}
