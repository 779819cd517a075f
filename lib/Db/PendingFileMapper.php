<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Db;

use OCA\SafeMeeting\Migration\Version010200Date20261201130000;
use OCA\SafeMeeting\Retention\RoomShare;
use OCP\AppFramework\Db\QBMapper;
use OCP\DB\Exception as DBException;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;

/**
 * @template-extends QBMapper<PendingFile>
 */
class PendingFileMapper extends QBMapper {
	private const CHUNK = 1000;

	public function __construct(IDBConnection $db) {
		parent::__construct($db, Version010200Date20261201130000::PENDING, PendingFile::class);
	}

	/**
	 * Remembers the file of a room share that just went. A file already remembered for the meeting keeps
	 * the latest time it was shared (and the name it had then): it goes that long after its last share.
	 */
	public function remember(RoomShare $share): void {
		$pending = new PendingFile();
		$pending->setToken($share->token);
		$pending->setOwnerUid($share->owner);
		$pending->setSharedBy($share->sharedBy);
		$pending->setFileId($share->fileId);
		$pending->setItemType($share->itemType);
		$pending->setName(mb_substr($share->name(), 0, 255));
		$pending->setSharedAt($share->sharedAt);
		try {
			$this->insert($pending);
		} catch (DBException $e) {
			if ($e->getReason() !== DBException::REASON_UNIQUE_CONSTRAINT_VIOLATION) {
				throw $e;
			}
			$this->keepLatest($pending);
		}
	}

	private function keepLatest(PendingFile $pending): void {
		$qb = $this->db->getQueryBuilder();
		$qb->update($this->getTableName())
			->set('shared_at', $qb->createNamedParameter($pending->getSharedAt(), IQueryBuilder::PARAM_INT))
			->set('name', $qb->createNamedParameter($pending->getName(), IQueryBuilder::PARAM_STR))
			->where($qb->expr()->eq('token', $qb->createNamedParameter($pending->getToken(), IQueryBuilder::PARAM_STR)))
			->andWhere($qb->expr()->eq('file_id', $qb->createNamedParameter($pending->getFileId(), IQueryBuilder::PARAM_INT)))
			->andWhere($qb->expr()->lt('shared_at', $qb->createNamedParameter($pending->getSharedAt(), IQueryBuilder::PARAM_INT)));
		$qb->executeStatement();
	}

	/**
	 * @param list<string> $tokens
	 * @return array<string, list<PendingFile>> token → its pending files
	 */
	public function findByTokens(array $tokens): array {
		$byToken = [];
		foreach (array_chunk($tokens, self::CHUNK) as $chunk) {
			$qb = $this->db->getQueryBuilder();
			$qb->select('*')
				->from($this->getTableName())
				->where($qb->expr()->in('token', $qb->createNamedParameter($chunk, IQueryBuilder::PARAM_STR_ARRAY)))
				->orderBy('id', 'ASC');
			foreach ($this->findEntities($qb) as $pending) {
				/** @var PendingFile $pending */
				$byToken[$pending->getToken()][] = $pending;
			}
		}
		return $byToken;
	}

	/** The meeting is purged: nothing of it is pending any more. */
	public function forgetMeeting(string $token): void {
		$qb = $this->db->getQueryBuilder();
		$qb->delete($this->getTableName())
			->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)));
		$qb->executeStatement();
	}

	/**
	 * Retention has decided about these files of the meeting (deleted, or left alone and noted).
	 *
	 * @param list<int> $fileIds
	 */
	public function forget(string $token, array $fileIds): void {
		foreach (array_chunk(array_values(array_unique($fileIds)), self::CHUNK) as $chunk) {
			$qb = $this->db->getQueryBuilder();
			$qb->delete($this->getTableName())
				->where($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)))
				->andWhere($qb->expr()->in('file_id', $qb->createNamedParameter($chunk, IQueryBuilder::PARAM_INT_ARRAY)));
			$qb->executeStatement();
		}
	}
}
