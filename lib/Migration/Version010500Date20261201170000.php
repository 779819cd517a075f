<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Migration;

use Closure;
use OCA\SafeMeeting\Db\MeetingMapper;
use OCA\SafeMeeting\Db\RecordingStarterMapper;
use OCP\DB\ISchemaWrapper;
use OCP\DB\Types;
use OCP\Migration\IOutput;
use OCP\Migration\SimpleMigrationStep;

/**
 * When Talk deleted a safe meeting's room itself (a moderator, Talk's own expiry, occ): the meeting is no
 * longer guarded or listed, but retention still deletes its files and recordings on schedule. And who
 * started a recording of a safe meeting (Talk stores it in their folder): their user id, nothing else,
 * until the meeting is purged.
 */
class Version010500Date20261201170000 extends SimpleMigrationStep {
	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		/** @var ISchemaWrapper $schema */
		$schema = $schemaClosure();
		$changed = false;
		$meetings = $schema->getTable(MeetingMapper::TABLE);
		if (!$meetings->hasColumn('room_deleted_at')) {
			// Null while the room exists.
			$meetings->addColumn('room_deleted_at', Types::BIGINT, [
				'notnull' => false,
				'length' => 20,
				'unsigned' => true,
			]);
			$changed = true;
		}
		if (!$schema->hasTable(RecordingStarterMapper::TABLE)) {
			$table = $schema->createTable(RecordingStarterMapper::TABLE);
			$table->addColumn('id', Types::BIGINT, ['autoincrement' => true, 'notnull' => true, 'length' => 20, 'unsigned' => true]);
			$table->addColumn('token', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->addColumn('user_id', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->setPrimaryKey(['id'], 'safemeet_rec_pk');
			$table->addUniqueIndex(['token', 'user_id'], 'safemeet_rec_uniq');
			$changed = true;
		}
		if (!$changed) {
			return null;
		}
		return $schema;
	}
}
