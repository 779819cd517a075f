<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Migration;

use Closure;
use OCP\DB\ISchemaWrapper;
use OCP\DB\Types;
use OCP\Migration\IOutput;
use OCP\Migration\SimpleMigrationStep;

/**
 * Locking running meetings: the lock state of each safe meeting, how many joins it refused (a count,
 * never who), when its call started (for "lock N minutes after the start"), and one-time admissions
 * a moderator grants while it is locked.
 */
class Version010100Date20261201120000 extends SimpleMigrationStep {
	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		/** @var ISchemaWrapper $schema */
		$schema = $schemaClosure();
		$changed = false;

		$meetings = $schema->getTable('safemeet_meetings');
		if (!$meetings->hasColumn('locked')) {
			// Nextcloud stores booleans as nullable columns (Oracle cannot hold a NOT NULL false).
			$meetings->addColumn('locked', Types::BOOLEAN, ['notnull' => false, 'default' => false]);
			$meetings->addColumn('locked_at', Types::BIGINT, ['notnull' => false, 'length' => 20, 'unsigned' => true]);
			// The moderator's user id; empty when the meeting locked itself by its plan.
			$meetings->addColumn('locked_by', Types::STRING, ['notnull' => false, 'length' => 64]);
			$meetings->addColumn('lock_reason', Types::STRING, ['notnull' => false, 'length' => 32]);
			$meetings->addColumn('refused_joins', Types::BIGINT, ['notnull' => true, 'default' => 0, 'length' => 20, 'unsigned' => true]);
			$meetings->addColumn('call_started_at', Types::BIGINT, ['notnull' => false, 'length' => 20, 'unsigned' => true]);
			// When the plan last locked it: the plan locks at most once per call, so a moderator's unlock sticks.
			$meetings->addColumn('auto_locked_at', Types::BIGINT, ['notnull' => false, 'length' => 20, 'unsigned' => true]);
			$changed = true;
		}

		if (!$schema->hasTable('safemeet_admissions')) {
			$table = $schema->createTable('safemeet_admissions');
			$table->addColumn('id', Types::BIGINT, ['autoincrement' => true, 'notnull' => true, 'length' => 20, 'unsigned' => true]);
			$table->addColumn('token', Types::STRING, ['notnull' => true, 'length' => 64]);
			// Talk's actor: `users` + user id, or `emails` + the SHA-256 of the address (Talk's own e-mail actor id).
			$table->addColumn('actor_type', Types::STRING, ['notnull' => true, 'length' => 32]);
			$table->addColumn('actor_id', Types::STRING, ['notnull' => true, 'length' => 255]);
			$table->addColumn('expires_at', Types::BIGINT, ['notnull' => true, 'length' => 20, 'unsigned' => true]);
			$table->addColumn('admitted_by', Types::STRING, ['notnull' => true, 'length' => 64]);
			$table->setPrimaryKey(['id']);
			$table->addUniqueIndex(['token', 'actor_type', 'actor_id'], 'safemeet_adm_actor_uniq');
			$table->addIndex(['expires_at'], 'safemeet_adm_expires_idx');
			$changed = true;
		}

		return $changed ? $schema : null;
	}
}
