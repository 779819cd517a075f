<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use Doctrine\DBAL\Exception as DoctrineException;
use Doctrine\DBAL\ParameterType;
use Doctrine\DBAL\Statement;
use OCP\DB\IPreparedStatement;
use OCP\DB\IResult;
use PDO;

/**
 * IPreparedStatement on Doctrine's statement; the fetch methods read the last execute()'s result.
 */
class PreparedStatement implements IPreparedStatement {
	private ?Result $result = null;

	public function __construct(
		private Statement $statement,
	) {
	}

	public function closeCursor(): bool {
		return $this->result()->closeCursor();
	}

	public function fetch(int $fetchMode = PDO::FETCH_ASSOC) {
		return $this->result()->fetch($fetchMode);
	}

	public function fetchAll(int $fetchMode = PDO::FETCH_ASSOC) {
		return $this->result()->fetchAll($fetchMode);
	}

	public function fetchColumn() {
		return $this->result()->fetchOne();
	}

	public function fetchOne() {
		return $this->result()->fetchOne();
	}

	public function bindValue($param, $value, $type = ParameterType::STRING): bool {
		$this->statement->bindValue($param, $value, $type);
		return true;
	}

	public function bindParam($param, &$variable, $type = ParameterType::STRING, $length = null): bool {
		$this->statement->bindParam($param, $variable, $type, $length);
		return true;
	}

	public function execute($params = null): IResult {
		try {
			return $this->result = new Result($this->statement->executeQuery($params ?? []));
		} catch (DoctrineException $e) {
			throw DbalException::wrap($e);
		}
	}

	public function rowCount(): int {
		return $this->result()->rowCount();
	}

	private function result(): Result {
		return $this->result ?? throw new \LogicException('execute() the statement first');
	}
}
