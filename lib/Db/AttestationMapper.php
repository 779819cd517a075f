<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Db;

use OCA\SafeMeeting\Migration\Version010300Date20261201140000;
use OCP\AppFramework\Db\QBMapper;
use OCP\IDBConnection;

/**
 * @template-extends QBMapper<Attestation>
 */
class AttestationMapper extends QBMapper {
	public function __construct(IDBConnection $db) {
		parent::__construct($db, Version010300Date20261201140000::TABLE, Attestation::class);
	}

	/**
	 * The attestation in force for each item (and, for hosts, each host): the latest one. Earlier ones
	 * stay in the table as the history.
	 *
	 * @return array<string, Attestation> keyed by `item` or `item:subject`
	 */
	public function findCurrent(): array {
		$qb = $this->db->getQueryBuilder();
		$qb->select('*')->from($this->getTableName())->orderBy('id', 'ASC');
		$current = [];
		foreach ($this->findEntities($qb) as $attestation) {
			/** @var Attestation $attestation */
			$current[self::key($attestation->getItem(), $attestation->getSubject())] = $attestation;
		}
		return $current;
	}

	public static function key(string $item, ?string $subject): string {
		return $subject === null || $subject === '' ? $item : "$item:$subject";
	}
}
