<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Migration;

use Closure;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCP\DB\ISchemaWrapper;
use OCP\DB\Types;
use OCP\Migration\IOutput;
use OCP\Migration\SimpleMigrationStep;

/**
 * When Talk deleted a safe meeting's room itself (a moderator, Talk's own expiry, occ): the meeting is no
 * longer guarded or listed, but retention still deletes its files and recordings on schedule.
 */
class Version010500Date20261201170000 extends SimpleMigrationStep {
	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		/** @var ISchemaWrapper $schema */
		$schema = $schemaClosure();
		$meetings = $schema->getTable(MeetingMapper::TABLE);
		if ($meetings->hasColumn('room_deleted_at')) {
			return null;
		}
		// Null while the room exists.
		$meetings->addColumn('room_deleted_at', Types::BIGINT, [
			'notnull' => false,
			'length' => 20,
			'unsigned' => true,
		]);
		return $schema;
	}
}
