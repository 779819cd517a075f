<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use OCP\DB\QueryBuilder\IFunctionBuilder;
use OCP\DB\QueryBuilder\IQueryFunction;

/**
 * IFunctionBuilder in SQLite's dialect (the test database); arguments are column names unless they
 * are parameters, literals or functions, as everywhere in the builder.
 */
class FunctionBuilder implements IFunctionBuilder {
	public function __construct(
		private SqliteConnection $connection,
	) {
	}

	public function md5($input): IQueryFunction {
		// SQLite has no MD5(); the test connection registers one, as Nextcloud's SQLite driver does.
		return $this->call('MD5', $input);
	}

	public function concat($x, ...$expr): IQueryFunction {
		return new SqlFragment(implode(' || ', array_map(fn ($e): string => $this->name($e), [$x, ...$expr])));
	}

	public function groupConcat($expr, ?string $separator = ','): IQueryFunction {
		$separator ??= ',';
		return new SqlFragment('GROUP_CONCAT(' . $this->name($expr) . ', ' . $this->connection->quote($separator) . ')');
	}

	public function substring($input, $start, $length = null): IQueryFunction {
		return $length === null ? $this->call('SUBSTR', $input, $start) : $this->call('SUBSTR', $input, $start, $length);
	}

	public function sum($field): IQueryFunction {
		return $this->call('SUM', $field);
	}

	public function lower($field): IQueryFunction {
		return $this->call('LOWER', $field);
	}

	public function add($x, $y): IQueryFunction {
		return new SqlFragment('(' . $this->name($x) . ' + ' . $this->name($y) . ')');
	}

	public function subtract($x, $y): IQueryFunction {
		return new SqlFragment('(' . $this->name($x) . ' - ' . $this->name($y) . ')');
	}

	public function count($count = '', $alias = ''): IQueryFunction {
		return $this->aliased('COUNT(' . ($count === '' ? '*' : $this->name($count)) . ')', $alias);
	}

	public function octetLength($field, $alias = ''): IQueryFunction {
		return $this->aliased('LENGTH(CAST(' . $this->name($field) . ' AS BLOB))', $alias);
	}

	public function charLength($field, $alias = ''): IQueryFunction {
		return $this->aliased('LENGTH(' . $this->name($field) . ')', $alias);
	}

	public function max($field): IQueryFunction {
		return $this->call('MAX', $field);
	}

	public function min($field): IQueryFunction {
		return $this->call('MIN', $field);
	}

	/** SQLite's two-argument MAX()/MIN() are its GREATEST()/LEAST(). */
	public function greatest($x, $y): IQueryFunction {
		return $this->call('MAX', $x, $y);
	}

	public function least($x, $y): IQueryFunction {
		return $this->call('MIN', $x, $y);
	}

	public function now(): IQueryFunction {
		return new SqlFragment('CURRENT_TIMESTAMP');
	}

	private function call(string $function, mixed ...$arguments): SqlFragment {
		return new SqlFragment($function . '(' . implode(', ', array_map(fn ($a): string => is_int($a) ? (string)$a : $this->name($a), $arguments)) . ')');
	}

	private function aliased(string $sql, string $alias): SqlFragment {
		return new SqlFragment($alias === '' ? $sql : $sql . ' AS ' . $this->name($alias));
	}

	private function name(mixed $x): string {
		return $this->connection->quoteColumn($x);
	}
}
