<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use Doctrine\DBAL\Query\Expression\CompositeExpression as DoctrineComposite;
use Doctrine\DBAL\Query\Expression\ExpressionBuilder as DoctrineExpressionBuilder;
use OCP\DB\QueryBuilder\ICompositeExpression;
use OCP\DB\QueryBuilder\IExpressionBuilder;
use OCP\DB\QueryBuilder\ILiteral;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\DB\QueryBuilder\IQueryFunction;

/**
 * IExpressionBuilder on Doctrine's: both sides of a comparison are column names unless they are a
 * parameter, literal or function (IQueryBuilder::createNamedParameter() & co.), as in Nextcloud.
 * Platform-specific forms (case-insensitive LIKE, casts) are written for SQLite, the test database.
 */
class ExpressionBuilder implements IExpressionBuilder {
	private DoctrineExpressionBuilder $expr;

	public function __construct(
		private SqliteConnection $connection,
	) {
		$this->expr = $connection->dbal()->createExpressionBuilder();
	}

	public function andX(...$x): ICompositeExpression {
		return new CompositeExpression(new DoctrineComposite(DoctrineComposite::TYPE_AND, $this->parts($x)));
	}

	public function orX(...$x): ICompositeExpression {
		return new CompositeExpression(new DoctrineComposite(DoctrineComposite::TYPE_OR, $this->parts($x)));
	}

	public function comparison($x, string $operator, $y, $type = null): string {
		return $this->expr->comparison($this->name($x), $operator, $this->name($y));
	}

	public function eq($x, $y, $type = null): string {
		return $this->expr->eq($this->name($x), $this->name($y));
	}

	public function neq($x, $y, $type = null): string {
		return $this->expr->neq($this->name($x), $this->name($y));
	}

	public function lt($x, $y, $type = null): string {
		return $this->expr->lt($this->name($x), $this->name($y));
	}

	public function lte($x, $y, $type = null): string {
		return $this->expr->lte($this->name($x), $this->name($y));
	}

	public function gt($x, $y, $type = null): string {
		return $this->expr->gt($this->name($x), $this->name($y));
	}

	public function gte($x, $y, $type = null): string {
		return $this->expr->gte($this->name($x), $this->name($y));
	}

	public function isNull($x): string {
		return $this->expr->isNull($this->name($x));
	}

	public function isNotNull($x): string {
		return $this->expr->isNotNull($this->name($x));
	}

	public function like($x, $y, $type = null): string {
		return $this->expr->like($this->name($x), $this->name($y));
	}

	public function notLike($x, $y, $type = null): string {
		return $this->expr->notLike($this->name($x), $this->name($y));
	}

	/** SQLite's LIKE ignores ASCII case only; lower both sides as Nextcloud does there. */
	public function iLike($x, $y, $type = null): string {
		return $this->expr->like('LOWER(' . $this->name($x) . ')', 'LOWER(' . $this->name($y) . ')');
	}

	public function notILike($x, $y, $type = null): string {
		return $this->expr->notLike('LOWER(' . $this->name($x) . ')', 'LOWER(' . $this->name($y) . ')');
	}

	public function in($x, $y, $type = null): string {
		return $this->expr->in($this->name($x), is_array($y) ? array_map(fn ($v): string => $this->name($v), $y) : $this->name($y));
	}

	public function notIn($x, $y, $type = null): string {
		return $this->expr->notIn($this->name($x), is_array($y) ? array_map(fn ($v): string => $this->name($v), $y) : $this->name($y));
	}

	public function emptyString($x): string {
		return $this->eq($x, $this->literal('', IQueryBuilder::PARAM_STR));
	}

	public function nonEmptyString($x): string {
		return $this->neq($x, $this->literal('', IQueryBuilder::PARAM_STR));
	}

	public function bitwiseAnd($x, int $y): IQueryFunction {
		return new SqlFragment('(' . $this->name($x) . ' & ' . $y . ')');
	}

	public function bitwiseOr($x, int $y): IQueryFunction {
		return new SqlFragment('(' . $this->name($x) . ' | ' . $y . ')');
	}

	public function literal($input, $type = IQueryBuilder::PARAM_STR): ILiteral {
		return new SqlFragment($type === IQueryBuilder::PARAM_INT ? (string)(int)$input : $this->connection->quote($input, $type));
	}

	public function castColumn($column, $type): IQueryFunction {
		$sqlType = match ($type) {
			IQueryBuilder::PARAM_INT, IQueryBuilder::PARAM_BOOL => 'INTEGER',
			IQueryBuilder::PARAM_STR => 'TEXT',
			default => throw new \InvalidArgumentException('cannot cast to ' . var_export($type, true)),
		};
		return new SqlFragment('CAST(' . $this->name($column) . " AS $sqlType)");
	}

	private function name(mixed $x): string {
		return $this->connection->quoteColumn($x);
	}

	/** @return list<string> */
	private function parts(array $x): array {
		return array_map(static fn ($part): string => (string)$part, count($x) === 1 && is_array($x[0]) ? $x[0] : $x);
	}
}
