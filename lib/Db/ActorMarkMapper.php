<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Db;

use OCP\DB\Exception as DBException;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;

/**
 * The lock's notes about people in a safe meeting, where Talk's own records do not tell (README, "Who
 * counts as already in"). Rows hold Talk's actor ids only and go with the meeting.
 */
class ActorMarkMapper {
	public const TABLE = 'safemeet_actor_marks';

	/** Talk added them to the meeting while it was locked, outside its API, without an admission. */
	public const UNADMITTED = 'unadmitted';
	/** A guest who joined: their browser session brings them back even after Talk cleaned their attendee up. */
	public const GUEST = 'guest';
	/** Talk's actor types that join in person (groups and Teams do not). */
	public const JOINING_TYPES = ['users', 'emails', 'federated_users'];

	public function __construct(
		private IDBConnection $db,
	) {
	}

	/** @throws DBException */
	public function mark(string $token, string $kind, string $actorType, string $actorId): void {
		$this->db->insertIgnoreConflict(self::TABLE, [
			'token' => $token,
			'kind' => $kind,
			'actor_type' => $actorType,
			'actor_id' => $actorId,
		]);
	}

	/** @throws DBException */
	public function has(string $token, string $kind, string $actorType, string $actorId): bool {
		$qb = $this->db->getQueryBuilder();
		$qb->select('id')
			->from(self::TABLE)
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('kind', $qb->createNamedParameter($kind, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('actor_type', $qb->createNamedParameter($actorType, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('actor_id', $qb->createNamedParameter($actorId, IQueryBuilder::PARAM_STR)))
			->setMaxResults(1);
		$result = $qb->executeQuery();
		$found = $result->fetch() !== false;
		$result->closeCursor();
		return $found;
	}

	/**
	 * Removes one kind of mark of one actor.
	 *
	 * @return int how many rows went (0 or 1)
	 * @throws DBException
	 */
	public function unmark(string $token, string $kind, string $actorType, string $actorId): int {
		$qb = $this->whereToken($token);
		$qb->andWhere($qb->expr()->eq('kind', $qb->createNamedParameter($kind, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('actor_type', $qb->createNamedParameter($actorType, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('actor_id', $qb->createNamedParameter($actorId, IQueryBuilder::PARAM_STR)));
		return $qb->executeStatement();
	}

	/** Every mark of one actor in the meeting (they left it or were removed). @throws DBException */
	public function forgetActor(string $token, string $actorType, string $actorId): int {
		$qb = $this->whereToken($token);
		$qb->andWhere($qb->expr()->eq('actor_type', $qb->createNamedParameter($actorType, IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('actor_id', $qb->createNamedParameter($actorId, IQueryBuilder::PARAM_STR)));
		return $qb->executeStatement();
	}

	/** All marks of one kind in the meeting (unlocking lets everybody in). @throws DBException */
	public function forgetKind(string $token, string $kind): int {
		$qb = $this->whereToken($token);
		$qb->andWhere($qb->expr()->eq('kind', $qb->createNamedParameter($kind, IQueryBuilder::PARAM_STR)));
		return $qb->executeStatement();
	}

	/** @throws DBException */
	public function deleteByToken(string $token): int {
		return $this->whereToken($token)->executeStatement();
	}

	private function whereToken(string $token): IQueryBuilder {
		$qb = $this->db->getQueryBuilder();
		$qb->delete(self::TABLE)
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)));
		return $qb;
	}
}
