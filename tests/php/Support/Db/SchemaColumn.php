<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use Doctrine\DBAL\Schema\Column;
use Doctrine\DBAL\Types\Type;
use OCP\DB\Schema\ColumnType;
use OCP\DB\Schema\IColumn;

/**
 * Nextcloud 35's IColumn on a Doctrine column.
 */
final class SchemaColumn implements IColumn {
	public function __construct(
		private Column $column,
	) {
	}

	public function setType(string|ColumnType $type): self {
		$this->column->setType(Type::getType($type instanceof ColumnType ? $type->value : $type));
		return $this;
	}

	public function setLength(?int $length): self {
		$this->column->setLength($length);
		return $this;
	}

	public function setPrecision(int $precision): self {
		$this->column->setPrecision($precision);
		return $this;
	}

	public function setScale(int $scale): self {
		$this->column->setScale($scale);
		return $this;
	}

	public function setUnsigned(bool $unsigned): self {
		$this->column->setUnsigned($unsigned);
		return $this;
	}

	public function setFixed(bool $fixed): self {
		$this->column->setFixed($fixed);
		return $this;
	}

	public function setNotnull(bool $notnull): self {
		$this->column->setNotnull($notnull);
		return $this;
	}

	public function setDefault(mixed $default): self {
		$this->column->setDefault($default);
		return $this;
	}

	public function getName(): string {
		return $this->column->getName();
	}

	public function getType(): ColumnType {
		return ColumnType::from(Type::getTypeRegistry()->lookupName($this->column->getType()));
	}

	public function getLength(): ?int {
		return $this->column->getLength();
	}

	public function getPrecision(): int {
		return (int)$this->column->getPrecision();
	}

	public function getScale(): int {
		return $this->column->getScale();
	}

	public function getUnsigned(): bool {
		return $this->column->getUnsigned();
	}

	public function getFixed(): bool {
		return $this->column->getFixed();
	}

	public function getNotnull(): bool {
		return $this->column->getNotnull();
	}

	public function getDefault(): mixed {
		return $this->column->getDefault();
	}

	public function getAutoincrement(): bool {
		return $this->column->getAutoincrement();
	}
}
