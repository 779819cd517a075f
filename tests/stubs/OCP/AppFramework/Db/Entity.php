<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Db\Entity: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework\Db;

use OCP\DB\Types;

/**
 * @method int getId()
 * @method void setId(int $id)
 */
abstract class Entity {
	/** @var int */
	public $id;

	private array $_updatedFields = [];
	private array $_fieldTypes = ['id' => 'integer'];

	public static function fromRow(array $row): static {
		$instance = new static();
		foreach ($row as $key => $value) {
			$property = $instance->columnToProperty($key);
			$instance->setter($property, [$value]);
		}
		$instance->resetUpdatedFields();
		return $instance;
	}

	public function getFieldTypes(): array {
		return $this->_fieldTypes;
	}

	public function resetUpdatedFields(): void {
		$this->_updatedFields = [];
	}

	protected function setter(string $name, array $args): void {
		if (!property_exists($this, $name)) {
			throw new \BadFunctionCallException($name . ' is not a valid attribute');
		}
		if ($args[0] === $this->$name) {
			return;
		}
		$this->markFieldUpdated($name);
		if ($args[0] !== null && array_key_exists($name, $this->_fieldTypes)) {
			$type = $this->_fieldTypes[$name];
			if (in_array($type, [Types::BIGINT, Types::SMALLINT, Types::INTEGER], true)) {
				$args[0] = (int)$args[0];
			} elseif ($type === Types::TEXT || $type === Types::STRING) {
				$args[0] = (string)$args[0];
			} elseif ($type === Types::BOOLEAN) {
				$args[0] = (bool)$args[0];
			}
		}
		$this->$name = $args[0];
	}

	protected function getter(string $name): mixed {
		if (!property_exists($this, $name)) {
			throw new \BadFunctionCallException($name . ' is not a valid attribute');
		}
		return $this->$name;
	}

	public function __call(string $methodName, array $args) {
		$attr = lcfirst(substr($methodName, 3));
		if (str_starts_with($methodName, 'set')) {
			$this->setter($attr, $args);
			return null;
		}
		if (str_starts_with($methodName, 'get')) {
			return $this->getter($attr);
		}
		throw new \BadFunctionCallException($methodName . ' does not exist');
	}

	protected function markFieldUpdated(string $attribute): void {
		$this->_updatedFields[$attribute] = true;
	}

	public function columnToProperty(string $columnName) {
		return lcfirst(str_replace('_', '', ucwords($columnName, '_')));
	}

	public function propertyToColumn(string $property): string {
		return strtolower(preg_replace('/(?<!^)[A-Z]/', '_$0', $property));
	}

	public function getUpdatedFields(): array {
		return $this->_updatedFields;
	}

	protected function addType(string $fieldName, string $type): void {
		$this->_fieldTypes[$fieldName] = $type;
	}
}
