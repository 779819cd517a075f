<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use Doctrine\DBAL\Exception as DoctrineException;
use Doctrine\DBAL\Exception\ConstraintViolationException;
use Doctrine\DBAL\Exception\DatabaseObjectExistsException;
use Doctrine\DBAL\Exception\DatabaseObjectNotFoundException;
use Doctrine\DBAL\Exception\ForeignKeyConstraintViolationException;
use Doctrine\DBAL\Exception\InvalidFieldNameException;
use Doctrine\DBAL\Exception\NotNullConstraintViolationException;
use Doctrine\DBAL\Exception\SyntaxErrorException;
use Doctrine\DBAL\Exception\UniqueConstraintViolationException;
use OCP\DB\Exception;

/**
 * A database error as apps see it from Nextcloud: an OCP\DB\Exception whose getReason() names the kind
 * of failure (OCP's own class always answers null; the server throws a subclass like this one).
 */
final class DbalException extends Exception {
	public static function wrap(DoctrineException $e): self {
		return new self($e->getMessage(), 0, $e);
	}

	public function getReason(): ?int {
		$cause = $this->getPrevious();
		return match (true) {
			// Most specific first: a unique violation is also a constraint violation.
			$cause instanceof UniqueConstraintViolationException => self::REASON_UNIQUE_CONSTRAINT_VIOLATION,
			$cause instanceof ForeignKeyConstraintViolationException => self::REASON_FOREIGN_KEY_VIOLATION,
			$cause instanceof NotNullConstraintViolationException => self::REASON_NOT_NULL_CONSTRAINT_VIOLATION,
			$cause instanceof ConstraintViolationException => self::REASON_CONSTRAINT_VIOLATION,
			$cause instanceof DatabaseObjectExistsException => self::REASON_DATABASE_OBJECT_EXISTS,
			$cause instanceof DatabaseObjectNotFoundException => self::REASON_DATABASE_OBJECT_NOT_FOUND,
			$cause instanceof InvalidFieldNameException => self::REASON_INVALID_FIELD_NAME,
			$cause instanceof SyntaxErrorException => self::REASON_SYNTAX_ERROR,
			default => null,
		};
	}
}
