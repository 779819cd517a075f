<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Db;

use OCA\SafeMeeting\Retention\RoomShare;
use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;
use OCP\Share\IShare;

/**
 * Reads Nextcloud's share table, which OCP offers no query for by room (nextcloud-app.md §g): the room
 * shares of many meetings at once, and who else a file is shared with. Reads only; shares are deleted
 * through OCP's share manager, so core's events and Talk's provider (per-user child rows) do their part.
 */
class ShareTableReader {
	/** Talk's per-user child rows of a room share (RoomShareProvider::SHARE_TYPE_USERROOM); no OCP constant. */
	public const TYPE_USERROOM = 11;
	/** Oracle refuses IN lists longer than this. */
	private const CHUNK = 1000;

	public function __construct(
		private IDBConnection $db,
	) {
	}

	/**
	 * The room shares of these rooms, one query per 1000 tokens.
	 *
	 * @param list<string> $tokens
	 * @return array<string, list<RoomShare>> token → its shares, oldest first
	 */
	public function roomSharesOf(array $tokens): array {
		$byToken = [];
		foreach (array_chunk($tokens, self::CHUNK) as $chunk) {
			$qb = $this->db->getQueryBuilder();
			$qb->select('id', 'share_with', 'uid_owner', 'uid_initiator', 'file_source', 'item_type', 'file_target', 'stime')
				->from('share')
				->where($qb->expr()->eq('share_type', $qb->createNamedParameter(IShare::TYPE_ROOM, IQueryBuilder::PARAM_INT)))
				->andWhere($qb->expr()->in('share_with', $qb->createNamedParameter($chunk, IQueryBuilder::PARAM_STR_ARRAY)))
				->orderBy('stime', 'ASC')
				->addOrderBy('id', 'ASC');
			$result = $qb->executeQuery();
			while (($row = $result->fetch()) !== false) {
				$share = new RoomShare(
					id: (int)$row['id'],
					token: (string)$row['share_with'],
					owner: (string)$row['uid_owner'],
					sharedBy: (string)($row['uid_initiator'] ?? $row['uid_owner']),
					fileId: (int)$row['file_source'],
					itemType: (string)$row['item_type'],
					target: (string)$row['file_target'],
					sharedAt: (int)$row['stime'],
				);
				$byToken[$share->token][] = $share;
			}
			$result->closeCursor();
		}
		return $byToken;
	}

	/**
	 * Every share of these files or folders, whatever its type, one query per 1000 ids.
	 *
	 * @param list<int> $nodeIds
	 * @return array<int, list<array{id: int, type: int, with: string, parent: ?int}>> node id → its shares
	 */
	public function sharesOfNodes(array $nodeIds): array {
		$byNode = [];
		foreach (array_chunk(array_values(array_unique($nodeIds)), self::CHUNK) as $chunk) {
			$qb = $this->db->getQueryBuilder();
			$qb->select('id', 'share_type', 'share_with', 'parent', 'file_source')
				->from('share')
				->where($qb->expr()->in('file_source', $qb->createNamedParameter($chunk, IQueryBuilder::PARAM_INT_ARRAY)));
			$result = $qb->executeQuery();
			while (($row = $result->fetch()) !== false) {
				$byNode[(int)$row['file_source']][] = [
					'id' => (int)$row['id'],
					'type' => (int)$row['share_type'],
					'with' => (string)$row['share_with'],
					'parent' => $row['parent'] === null ? null : (int)$row['parent'],
				];
			}
			$result->closeCursor();
		}
		return $byNode;
	}
}
