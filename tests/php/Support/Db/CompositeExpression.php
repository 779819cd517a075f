<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use Doctrine\DBAL\Query\Expression\CompositeExpression as DoctrineComposite;
use OCP\DB\QueryBuilder\ICompositeExpression;

/**
 * AND / OR of predicates, on Doctrine's composite expression.
 */
final class CompositeExpression implements ICompositeExpression, \Countable {
	public function __construct(
		private DoctrineComposite $expression,
	) {
	}

	public function addMultiple(array $parts = []): ICompositeExpression {
		foreach ($parts as $part) {
			$this->add($part);
		}
		return $this;
	}

	public function add($part): ICompositeExpression {
		$this->expression = $this->expression->with((string)$part);
		return $this;
	}

	public function count(): int {
		return $this->expression->count();
	}

	public function getType(): string {
		return $this->expression->getType();
	}

	public function __toString(): string {
		return (string)$this->expression;
	}
}
