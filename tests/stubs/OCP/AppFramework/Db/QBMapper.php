<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Db\QBMapper: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework\Db;

use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;

/**
 * @template T of Entity
 */
abstract class QBMapper {
	protected $tableName;
	protected $entityClass;
	protected $db;

	public function __construct(IDBConnection $db, string $tableName, ?string $entityClass = null) {
		$this->db = $db;
		$this->tableName = $tableName;
		$this->entityClass = $entityClass;
	}

	public function getTableName(): string {
		return $this->tableName;
	}

	public function insert(Entity $entity): Entity {
		$qb = $this->db->getQueryBuilder();
		$qb->insert($this->tableName);
		foreach ($entity->getUpdatedFields() as $property => $updated) {
			$value = $entity->{'get' . ucfirst($property)}();
			$type = is_int($value) ? IQueryBuilder::PARAM_INT : IQueryBuilder::PARAM_STR;
			$qb->setValue($entity->propertyToColumn($property), $qb->createNamedParameter($value, $type));
		}
		$qb->executeStatement();
		if ($entity->id === null) {
			$entity->setId($qb->getLastInsertId());
		}
		$entity->resetUpdatedFields();
		return $entity;
	}

	protected function mapRowToEntity(array $row): Entity {
		return \call_user_func($this->entityClass . '::fromRow', $row);
	}

	protected function findEntities(IQueryBuilder $query): array {
		$result = $query->executeQuery();
		$entities = [];
		while (($row = $result->fetch()) !== false) {
			$entities[] = $this->mapRowToEntity($row);
		}
		$result->closeCursor();
		return $entities;
	}

	protected function findEntity(IQueryBuilder $query): Entity {
		$result = $query->executeQuery();
		$row = $result->fetch();
		if ($row === false) {
			$result->closeCursor();
			throw new DoesNotExistException('Did expect one result but found none');
		}
		$row2 = $result->fetch();
		$result->closeCursor();
		if ($row2 !== false) {
			throw new MultipleObjectsReturnedException('Did not expect more than one result');
		}
		return $this->mapRowToEntity($row);
	}
}
