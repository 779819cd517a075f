<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use Doctrine\DBAL\Schema\Index;
use OCP\DB\Schema\IIndex;

/**
 * Nextcloud 35's IIndex on a Doctrine index.
 */
final class SchemaIndex implements IIndex {
	public function __construct(
		private Index $index,
	) {
	}

	public function getName(): string {
		return $this->index->getName();
	}

	public function getColumns(): array {
		return $this->index->getColumns();
	}

	public function isUnique(): bool {
		return $this->index->isUnique();
	}

	public function isPrimary(): bool {
		return $this->index->isPrimary();
	}

	public function isSimpleIndex(): bool {
		return $this->index->isSimpleIndex();
	}

	public function hasColumnAtPosition(string $name, int $position = 0): bool {
		return $this->index->hasColumnAtPosition($name, $position);
	}

	public function spansColumns(array $columnNames): bool {
		return $this->index->spansColumns($columnNames);
	}
}
