<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\DB\QueryBuilder\IQueryBuilder: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\DB\QueryBuilder;

use OCP\DB\IResult;
use OCP\IDBConnection;

interface IQueryBuilder {
	public const PARAM_NULL = 0;
	public const PARAM_BOOL = 'boolean';
	public const PARAM_INT = 1;
	public const PARAM_STR = 2;
	/** Doctrine's ArrayParameterType::INTEGER (ParameterType::INTEGER + Connection::ARRAY_PARAM_OFFSET). */
	public const PARAM_INT_ARRAY = 101;
	/** Doctrine's ArrayParameterType::STRING. */
	public const PARAM_STR_ARRAY = 102;

	public function expr();

	/**
	 * @return IFunctionBuilder
	 */
	public function func();

	public function executeQuery(?IDBConnection $connection = null): IResult;

	public function executeStatement(?IDBConnection $connection = null): int;

	public function setMaxResults($maxResults);

	public function setFirstResult($firstResult);

	public function select(...$selects);

	public function insert($insert = null);

	public function delete($delete = null, $alias = null);

	public function update($update = null, $alias = null);

	public function set($key, $value);

	public function from($from, $alias = null);

	public function where(...$predicates);

	public function andWhere(...$where);

	public function setValue($column, $value);

	public function orderBy($sort, $order = null);

	public function addOrderBy($sort, $order = null);

	public function createNamedParameter($value, $type = self::PARAM_STR, $placeHolder = null);

	/**
	 * @return IQueryFunction
	 */
	public function createFunction($call);

	public function getLastInsertId(): int;

	public function getSQL();
}
