<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;

/**
 * Nextcloud's `oc_share` table with the columns retention reads, in SQLite.
 */
final class CoreShareTable {
	public function __construct(
		private SqliteConnection $db,
	) {
		$db->dbal()->executeStatement('CREATE TABLE "oc_share" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "share_type" SMALLINT NOT NULL, "share_with" VARCHAR(255), '
			. '"uid_owner" VARCHAR(64) NOT NULL, "uid_initiator" VARCHAR(64), "parent" BIGINT, "item_type" VARCHAR(64) NOT NULL, '
			. '"file_source" BIGINT, "file_target" VARCHAR(4000), "stime" BIGINT NOT NULL)');
	}

	/** A room share (type 10) of a file, shared by its owner; returns its id. */
	public function roomShare(string $token, string $owner, int $fileId, string $name, int $sharedAt, string $itemType = 'file', ?string $sharedBy = null): int {
		return $this->insert(10, $token, $owner, $sharedBy ?? $owner, null, $itemType, $fileId, '/{TALK_PLACEHOLDER}/' . $name, $sharedAt);
	}

	/** Talk's per-user child row (type 11) of a room share. */
	public function userRoomChild(int $parent, string $recipient, string $owner, int $fileId, string $name, int $sharedAt): int {
		return $this->insert(11, $recipient, $owner, $owner, $parent, 'file', $fileId, '/Talk/' . $name, $sharedAt);
	}

	/** Any other share of a node, e.g. a user (0) or link (3) share. */
	public function otherShare(int $type, string $with, string $owner, int $nodeId, int $sharedAt = 1, string $itemType = 'file'): int {
		return $this->insert($type, $with, $owner, $owner, null, $itemType, $nodeId, '/shared', $sharedAt);
	}

	/** @return list<int> */
	public function ids(): array {
		return array_map('intval', $this->db->dbal()->fetchFirstColumn('SELECT id FROM oc_share ORDER BY id'));
	}

	public function delete(int $id): void {
		$this->db->dbal()->executeStatement('DELETE FROM oc_share WHERE id = ? OR parent = ?', [$id, $id]);
	}

	private function insert(int $type, string $with, string $owner, string $initiator, ?int $parent, string $itemType, int $fileSource, string $target, int $stime): int {
		$this->db->dbal()->executeStatement('INSERT INTO oc_share (share_type, share_with, uid_owner, uid_initiator, parent, item_type, file_source, file_target, stime) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
			[$type, $with, $owner, $initiator, $parent, $itemType, $fileSource, $target, $stime]);
		return (int)$this->db->dbal()->lastInsertId();
	}
}
