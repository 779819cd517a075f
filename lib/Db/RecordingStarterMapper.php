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
 * Who started a recording of a safe meeting: Talk stores it in that user's folder, and retention must
 * find it there also after they left the room. User ids only; they go when the meeting is purged.
 */
class RecordingStarterMapper {
	public const TABLE = 'safemeet_recorders';
	/** Oracle refuses IN lists longer than this. */
	private const CHUNK = 1000;

	public function __construct(
		private IDBConnection $db,
	) {
	}

	/** @throws DBException */
	public function remember(string $token, string $userId): void {
		$this->db->insertIgnoreConflict(self::TABLE, ['token' => $token, 'user_id' => $userId]);
	}

	/**
	 * @param list<string> $tokens
	 * @return array<string, list<string>> token → who started its recordings
	 * @throws DBException
	 */
	public function findByTokens(array $tokens): array {
		$byToken = [];
		foreach (array_chunk($tokens, self::CHUNK) as $chunk) {
			$qb = $this->db->getQueryBuilder();
			$qb->select('token', 'user_id')
				->from(self::TABLE)
				->where($qb->expr()->in('token', $qb->createNamedParameter($chunk, IQueryBuilder::PARAM_STR_ARRAY)))
				->orderBy('id', 'ASC');
			$result = $qb->executeQuery();
			while (($row = $result->fetch()) !== false) {
				$byToken[(string)$row['token']][] = (string)$row['user_id'];
			}
			$result->closeCursor();
		}
		return $byToken;
	}

	/** @throws DBException */
	public function forgetMeeting(string $token): void {
		$qb = $this->db->getQueryBuilder();
		$qb->delete(self::TABLE)
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)));
		$qb->executeStatement();
	}
}
