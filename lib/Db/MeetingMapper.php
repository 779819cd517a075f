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
 * The registry. A purged meeting (retention deleted its room) keeps a row with token and owner only, for
 * its receipts. A meeting whose room Talk deleted (`room_deleted_at`) keeps its row until retention has
 * deleted its files and recordings and purges it. Every lookup below except the retention ones sees live
 * meetings only: neither purged nor with their room deleted.
 *
 * @template-extends QBMapper<Meeting>
 */
class MeetingMapper extends QBMapper {
	public const TABLE = 'safemeet_meetings';
	/** What a purged meeting keeps of its plan: nothing. */
	public const PURGED_PLAN = '{}';

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
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->isNull('purged_at'))
			->andWhere($qb->expr()->isNull('room_deleted_at'));
		/** @var Meeting */
		return $this->findEntity($qb);
	}

	/**
	 * A meeting retention still has to handle: live, or its room deleted by Talk.
	 *
	 * @throws DoesNotExistException
	 * @throws MultipleObjectsReturnedException
	 */
	public function findUnpurgedByToken(string $token): Meeting {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from($this->getTableName())
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->isNull('purged_at'));
		/** @var Meeting */
		return $this->findEntity($qb);
	}

	/**
	 * Talk deleted the meeting's room: it is no longer guarded or listed, and nobody holds its lock, but
	 * retention still handles its files and recordings.
	 *
	 * @return int 1 when a live meeting was marked, else 0
	 */
	public function markRoomDeleted(string $token, int $deletedAt): int {
		$qb = $this->db->getQueryBuilder();
		$qb->update($this->getTableName())
			->set('room_deleted_at', $qb->createNamedParameter($deletedAt, IQueryBuilder::PARAM_INT))
			->set('locked', $qb->createNamedParameter(false, IQueryBuilder::PARAM_BOOL));
		foreach (['locked_at', 'locked_by', 'lock_reason', 'auto_locked_at'] as $column) {
			$qb->set($column, $qb->createNamedParameter(null, IQueryBuilder::PARAM_NULL));
		}
		$qb->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->isNull('purged_at'))
			->andWhere($qb->expr()->isNull('room_deleted_at'));
		return $qb->executeStatement();
	}

	public function isRegistered(string $token): bool {
		try {
			$this->findByToken($token);
			return true;
		} catch (DoesNotExistException) {
			return false;
		}
	}

	/** @return int the number of rows deleted (0 or 1); a purged meeting's row stays for its receipts */
	public function deleteByToken(string $token): int {
		$qb = $this->db->getQueryBuilder();
		$qb->delete($this->getTableName())
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->isNull('purged_at'));
		return $qb->executeStatement();
	}

	/**
	 * Locks the meeting unless it is locked already, in one statement: of two web servers locking at
	 * once (a moderator and the auto-lock, say) exactly one gets true, so only one notice is posted.
	 *
	 * Every lock, by the plan or a moderator, is remembered in `auto_locked_at`: the plan locks at most once
	 * per call, and not again in a call in which a moderator locked and unlocked it (AutoLockRule).
	 *
	 * @param string $lockedBy the moderator's user id; '' when the plan or a guest moderator locked it
	 * @return bool whether this call locked it
	 */
	public function lock(string $token, int $lockedAt, string $lockedBy, string $reason): bool {
		$qb = $this->db->getQueryBuilder();
		$qb->update($this->getTableName())
			->set('auto_locked_at', $qb->createNamedParameter($lockedAt, IQueryBuilder::PARAM_INT))
			->set('locked', $qb->createNamedParameter(true, IQueryBuilder::PARAM_BOOL))
			->set('locked_at', $qb->createNamedParameter($lockedAt, IQueryBuilder::PARAM_INT))
			->set('locked_by', $qb->createNamedParameter($lockedBy, IQueryBuilder::PARAM_STR))
			->set('lock_reason', $qb->createNamedParameter($reason, IQueryBuilder::PARAM_STR))
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('locked', $qb->createNamedParameter(false, IQueryBuilder::PARAM_BOOL)));
		return $qb->executeStatement() === 1;
	}

	/** @return bool whether this call unlocked it (false: it was not locked) */
	public function unlock(string $token): bool {
		$qb = $this->db->getQueryBuilder();
		$qb->update($this->getTableName())
			->set('locked', $qb->createNamedParameter(false, IQueryBuilder::PARAM_BOOL))
			->set('locked_at', $qb->createNamedParameter(null, IQueryBuilder::PARAM_NULL))
			->set('locked_by', $qb->createNamedParameter(null, IQueryBuilder::PARAM_NULL))
			->set('lock_reason', $qb->createNamedParameter(null, IQueryBuilder::PARAM_NULL))
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('locked', $qb->createNamedParameter(true, IQueryBuilder::PARAM_BOOL)));
		return $qb->executeStatement() === 1;
	}

	/** Counts one refused join, atomically (several web servers may refuse at once). */
	public function countRefusedJoin(string $token): void {
		$qb = $this->db->getQueryBuilder();
		$qb->update($this->getTableName())
			->set('refused_joins', $qb->createFunction('refused_joins + 1'))
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)));
		$qb->executeStatement();
	}

	public function setCallStartedAt(string $token, int $startedAt): void {
		$qb = $this->db->getQueryBuilder();
		$qb->update($this->getTableName())
			->set('call_started_at', $qb->createNamedParameter($startedAt, IQueryBuilder::PARAM_INT))
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)));
		$qb->executeStatement();
	}

	/**
	 * @param list<string> $tokens
	 * @return list<Meeting>
	 */
	public function findByTokens(array $tokens): array {
		$meetings = [];
		// Databases limit the length of an IN list (Oracle: 1000).
		foreach (array_chunk(array_values(array_unique($tokens)), 1000) as $chunk) {
			$qb = $this->db->getQueryBuilder();
			$qb->select('*')
				->from($this->getTableName())
				->where($qb->expr()->in('token', $qb->createNamedParameter($chunk, IQueryBuilder::PARAM_STR_ARRAY)));
			array_push($meetings, ...$this->findEntities($qb));
		}
		/** @var list<Meeting> */
		return $meetings;
	}

	/**
	 * @return list<Meeting> oldest first
	 */
	public function findByOwner(string $ownerUid): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from($this->getTableName())
			->where($qb->expr()->eq('owner_uid', $qb->createNamedParameter($ownerUid, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->isNull('purged_at'))
			->andWhere($qb->expr()->isNull('room_deleted_at'))
			->orderBy('created_at', 'ASC')
			->addOrderBy('id', 'ASC');
		/** @var list<Meeting> */
		return $this->findEntities($qb);
	}

	/**
	 * One page of the live registrations (purged meetings left out), in id order, for background jobs
	 * that walk them all (plan restorer; retention also wants those whose room Talk deleted).
	 *
	 * @return list<Meeting>
	 */
	public function findPageAfter(int $afterId, int $limit, bool $withDeletedRooms = false): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from($this->getTableName())
			->where($qb->expr()->gt('id', $qb->createNamedParameter($afterId, IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->isNull('purged_at'));
		if (!$withDeletedRooms) {
			$qb->andWhere($qb->expr()->isNull('room_deleted_at'));
		}
		$qb->orderBy('id', 'ASC')
			->setMaxResults($limit);
		/** @var list<Meeting> */
		return $this->findEntities($qb);
	}

	/** Meetings retention still has to handle: live, or their room deleted by Talk. */
	public function countUnpurged(): int {
		$qb = $this->db->getQueryBuilder();
		$qb->select($qb->func()->count('id', 'live'))
			->from($this->getTableName())
			->where($qb->expr()->isNull('purged_at'));
		$result = $qb->executeQuery();
		$row = $result->fetch();
		$result->closeCursor();
		return (int)($row['live'] ?? 0);
	}

	/**
	 * @param list<int> $ids at most 1000 (Oracle's limit for IN lists)
	 * @return list<Meeting> the unpurged ones among them (their room may be deleted), by id
	 */
	public function findUnpurgedByIds(array $ids): array {
		if ($ids === []) {
			return [];
		}
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from($this->getTableName())
			->where($qb->expr()->in('id', $qb->createNamedParameter($ids, IQueryBuilder::PARAM_INT_ARRAY)))
			->andWhere($qb->expr()->isNull('purged_at'))
			->orderBy('id', 'ASC');
		/** @var list<Meeting> */
		return $this->findEntities($qb);
	}

	/**
	 * Keeps only what the meeting's receipts need (token, owner, dates) once retention deleted its room:
	 * the plan and the lock's who and why go. Talk's RoomDeletedEvent has usually removed the row by then
	 * (RoomDeletedListener), so it is written again.
	 */
	public function markPurged(Meeting $meeting, int $purgedAt): void {
		$qb = $this->db->getQueryBuilder();
		$qb->update($this->getTableName())
			->set('purged_at', $qb->createNamedParameter($purgedAt, IQueryBuilder::PARAM_INT))
			->set('plan', $qb->createNamedParameter(self::PURGED_PLAN, IQueryBuilder::PARAM_STR))
			->set('locked', $qb->createNamedParameter(false, IQueryBuilder::PARAM_BOOL))
			->set('refused_joins', $qb->createNamedParameter(0, IQueryBuilder::PARAM_INT));
		foreach (['locked_at', 'locked_by', 'lock_reason', 'call_started_at', 'auto_locked_at'] as $column) {
			$qb->set($column, $qb->createNamedParameter(null, IQueryBuilder::PARAM_NULL));
		}
		$qb->where($qb->expr()->eq('token', $qb->createNamedParameter($meeting->getToken(), IQueryBuilder::PARAM_STR)));
		if ($qb->executeStatement() > 0) {
			return;
		}
		$marker = new Meeting();
		$marker->setToken($meeting->getToken());
		$marker->setOwnerUid($meeting->getOwnerUid());
		$marker->setCreatedAt($meeting->getCreatedAt());
		$marker->setPlan(self::PURGED_PLAN);
		$marker->setPurgedAt($purgedAt);
		$this->insert($marker);
	}

	/** @return int how many purged meetings were forgotten (their receipts have expired) */
	public function deletePurgedBefore(int $cutoff): int {
		$qb = $this->db->getQueryBuilder();
		$qb->delete($this->getTableName())
			->where($qb->expr()->lt('purged_at', $qb->createNamedParameter($cutoff, IQueryBuilder::PARAM_INT)));
		return $qb->executeStatement();
	}

	/**
	 * Every live registered meeting (not purged by retention), or those of one owner, oldest first.
	 *
	 * @return list<Meeting>
	 */
	public function findAllMeetings(?string $ownerUid = null): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')
			->from($this->getTableName())
			->where($qb->expr()->isNull('purged_at'));
		if ($ownerUid !== null) {
			$qb->andWhere($qb->expr()->eq('owner_uid', $qb->createNamedParameter($ownerUid, IQueryBuilder::PARAM_STR)));
		}
		$qb->orderBy('created_at', 'ASC')->addOrderBy('id', 'ASC');
		/** @var list<Meeting> */
		return $this->findEntities($qb);
	}
}
