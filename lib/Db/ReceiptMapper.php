<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Db;

use OCA\SafeMeeting\Migration\Version010200Date20261201130000;
use OCP\AppFramework\Db\QBMapper;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;

/**
 * Deletion receipts. A filter narrows to one meeting owner and/or one meeting token; null means any.
 *
 * @template-extends QBMapper<Receipt>
 */
class ReceiptMapper extends QBMapper {
	public function __construct(IDBConnection $db) {
		parent::__construct($db, Version010200Date20261201130000::RECEIPTS, Receipt::class);
	}

	/**
	 * One page, newest first.
	 *
	 * @return list<Receipt>
	 */
	public function findPage(?string $ownerUid, ?string $token, int $limit, int $offset): array {
		$qb = $this->filtered($ownerUid, $token);
		$qb->orderBy('id', 'DESC')
			->setMaxResults($limit)
			->setFirstResult($offset);
		/** @var list<Receipt> */
		return $this->findEntities($qb);
	}

	/**
	 * The next receipts after `afterId`, oldest first: export walks all receipts this way in constant memory.
	 *
	 * @return list<Receipt>
	 */
	public function findAfter(?string $ownerUid, ?string $token, int $afterId, int $limit): array {
		$qb = $this->filtered($ownerUid, $token);
		$qb->andWhere($qb->expr()->gt('id', $qb->createNamedParameter($afterId, IQueryBuilder::PARAM_INT)))
			->orderBy('id', 'ASC')
			->setMaxResults($limit);
		/** @var list<Receipt> */
		return $this->findEntities($qb);
	}

	/** @return int how many receipts were deleted */
	public function deleteActedBefore(int $cutoff): int {
		$qb = $this->db->getQueryBuilder();
		$qb->delete($this->getTableName())
			->where($qb->expr()->lt('acted_at', $qb->createNamedParameter($cutoff, IQueryBuilder::PARAM_INT)));
		return $qb->executeStatement();
	}

	private function filtered(?string $ownerUid, ?string $token): IQueryBuilder {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')->from($this->getTableName());
		if ($ownerUid !== null) {
			$qb->andWhere($qb->expr()->eq('owner_uid', $qb->createNamedParameter($ownerUid, IQueryBuilder::PARAM_STR)));
		}
		if ($token !== null) {
			$qb->andWhere($qb->expr()->eq('token', $qb->createNamedParameter($token, IQueryBuilder::PARAM_STR)));
		}
		return $qb;
	}
}
