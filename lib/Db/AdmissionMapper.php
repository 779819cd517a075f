<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Db;

use OCP\AppFramework\Db\QBMapper;
use OCP\DB\Exception as DBException;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;

/**
 * @template-extends QBMapper<Admission>
 */
class AdmissionMapper extends QBMapper {
	public const TABLE = 'safemeet_admissions';

	public function __construct(IDBConnection $db) {
		parent::__construct($db, self::TABLE, Admission::class);
	}

	/**
	 * Grants the admission, replacing an earlier one for the same person (a second "admit" renews it).
	 *
	 * @throws DBException
	 */
	public function grant(string $token, string $actorType, string $actorId, int $expiresAt, string $admittedBy): Admission {
		$this->revoke($token, $actorType, $actorId);
		$admission = new Admission();
		$admission->setToken($token);
		$admission->setActorType($actorType);
		$admission->setActorId($actorId);
		$admission->setExpiresAt($expiresAt);
		$admission->setAdmittedBy($admittedBy);
		/** @var Admission */
		return $this->insert($admission);
	}

	/**
	 * Uses the admission up, if one is pending and not expired. One DELETE decides: of two joins racing
	 * on two web servers only one gets true.
	 */
	public function consume(string $token, string $actorType, string $actorId, int $now): bool {
		$qb = $this->whereActor($token, $actorType, $actorId);
		$qb->andWhere($qb->expr()->gte('expires_at', $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT)));
		return $qb->executeStatement() === 1;
	}

	public function revoke(string $token, string $actorType, string $actorId): void {
		$this->whereActor($token, $actorType, $actorId)->executeStatement();
	}

	/** @return int how many expired admissions were removed */
	public function deleteExpired(int $now): int {
		$qb = $this->db->getQueryBuilder();
		$qb->delete($this->getTableName())
			->where($qb->expr()->lt('expires_at', $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT)));
		return $qb->executeStatement();
	}

	public function deleteByToken(string $token): int {
		$qb = $this->db->getQueryBuilder();
		$qb->delete($this->getTableName())
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)));
		return $qb->executeStatement();
	}

	/** Whether an admission is pending, without using it up (to decide before the join it is for). */
	public function isPending(string $token, string $actorType, string $actorId, int $now): bool {
		$qb = $this->db->getQueryBuilder();
		$qb->select('id')
			->from($this->getTableName())
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('actor_type', $qb->createNamedParameter($actorType, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('actor_id', $qb->createNamedParameter($actorId, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->gte('expires_at', $qb->createNamedParameter($now, IQueryBuilder::PARAM_INT)));
		$result = $qb->executeQuery();
		$found = $result->fetch() !== false;
		$result->closeCursor();
		return $found;
	}

	private function whereActor(string $token, string $actorType, string $actorId): IQueryBuilder {
		$qb = $this->db->getQueryBuilder();
		$qb->delete($this->getTableName())
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('actor_type', $qb->createNamedParameter($actorType, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('actor_id', $qb->createNamedParameter($actorId, IQueryBuilder::PARAM_STR)));
		return $qb;
	}
}
