<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use Doctrine\DBAL\Result as DoctrineResult;
use OCP\DB\IResult;
use PDO;
use Traversable;

/**
 * IResult on Doctrine's result, with the PDO fetch modes IResult takes.
 */
class Result implements IResult {
	public function __construct(
		private DoctrineResult $result,
	) {
	}

	public function closeCursor(): bool {
		$this->result->free();
		return true;
	}

	public function fetch(int $fetchMode = PDO::FETCH_ASSOC) {
		return match ($fetchMode) {
			PDO::FETCH_ASSOC => $this->result->fetchAssociative(),
			PDO::FETCH_NUM => $this->result->fetchNumeric(),
			PDO::FETCH_COLUMN => $this->result->fetchOne(),
			default => throw new \InvalidArgumentException('Fetch mode not supported: ' . $fetchMode),
		};
	}

	public function fetchAssociative(): array|false {
		return $this->result->fetchAssociative();
	}

	public function fetchNumeric(): array|false {
		return $this->result->fetchNumeric();
	}

	public function fetchAll(int $fetchMode = PDO::FETCH_ASSOC): array {
		return match ($fetchMode) {
			PDO::FETCH_ASSOC => $this->result->fetchAllAssociative(),
			PDO::FETCH_NUM => $this->result->fetchAllNumeric(),
			PDO::FETCH_COLUMN => $this->result->fetchFirstColumn(),
			default => throw new \InvalidArgumentException('Fetch mode not supported: ' . $fetchMode),
		};
	}

	public function fetchAllAssociative(): array {
		return $this->result->fetchAllAssociative();
	}

	public function fetchAllNumeric(): array {
		return $this->result->fetchAllNumeric();
	}

	public function fetchFirstColumn(): array {
		return $this->result->fetchFirstColumn();
	}

	public function fetchColumn() {
		return $this->result->fetchOne();
	}

	public function fetchOne() {
		return $this->result->fetchOne();
	}

	public function rowCount(): int {
		return (int)$this->result->rowCount();
	}

	public function iterateNumeric(): Traversable {
		yield from $this->result->iterateNumeric();
	}

	public function iterateAssociative(): Traversable {
		yield from $this->result->iterateAssociative();
	}
}
