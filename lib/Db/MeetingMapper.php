<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Db;

use OCP\AppFramework\Db\DoesNotExistException;
use OCP\AppFramework\Db\MultipleObjectsReturnedException;
use OCP\AppFramework\Db\QBMapper;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;

/**
 * @template-extends QBMapper<Meeting>
 */
class MeetingMapper extends QBMapper {
	public const TABLE = 'safemeet_meetings';

	public function __construct(IDBConnection $db) {
		parent::__construct($db, self::TABLE, Meeting::class);
	}

	/**
	 * @throws DoesNotExistException
	 * @throws MultipleObjectsReturnedException
	 */
	public function findByToken(string $token): Meeting {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from($this->getTableName())
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)));
		/** @var Meeting */
		return $this->findEntity($qb);
	}

	public function isRegistered(string $token): bool {
		try {
			$this->findByToken($token);
			return true;
		} catch (DoesNotExistException) {
			return false;
		}
	}

	/** @return int the number of rows deleted (0 or 1) */
	public function deleteByToken(string $token): int {
		$qb = $this->db->getQueryBuilder();
		$qb->delete($this->getTableName())
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)));
		return $qb->executeStatement();
	}

	/**
	 * @return list<Meeting> oldest first
	 */
	public function findByOwner(string $ownerUid): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from($this->getTableName())
			->where($qb->expr()->eq('owner_uid', $qb->createNamedParameter($ownerUid, IQueryBuilder::PARAM_STR)))
			->orderBy('created_at', 'ASC')
			->addOrderBy('id', 'ASC');
		/** @var list<Meeting> */
		return $this->findEntities($qb);
	}

	/**
	 * One page of all registrations, in id order, for background jobs that walk them all.
	 * @return list<Meeting>
	 */
	public function findPageAfter(int $afterId, int $limit): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from($this->getTableName())
			->where($qb->expr()->gt('id', $qb->createNamedParameter($afterId, IQueryBuilder::PARAM_INT)))
			->orderBy('id', 'ASC')
			->setMaxResults($limit);
		/** @var list<Meeting> */
		return $this->findEntities($qb);
	}
}
