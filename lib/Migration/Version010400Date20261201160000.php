<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Migration;

use Closure;
use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCP\DB\ISchemaWrapper;
use OCP\DB\Types;
use OCP\Migration\IOutput;
use OCP\Migration\SimpleMigrationStep;

/**
 * What the lock needs to know beyond Talk's records (README, "Who counts as already in"): people Talk
 * added to a locked meeting outside its API without an admission, and guests who joined (so that Talk
 * cleaning up a guest's attendee does not lock them out). Only Talk's actor ids, nothing else.
 */
class Version010400Date20261201160000 extends SimpleMigrationStep {
	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		/** @var ISchemaWrapper $schema */
		$schema = $schemaClosure();
		if ($schema->hasTable(ActorMarkMapper::TABLE)) {
			return null;
		}
		$table = $schema->createTable(ActorMarkMapper::TABLE);
		$table->addColumn('id', Types::BIGINT, ['autoincrement' => true, 'notnull' => true, 'length' => 20, 'unsigned' => true]);
		$table->addColumn('token', Types::STRING, ['notnull' => true, 'length' => 64]);
		// unadmitted | guest
		$table->addColumn('kind', Types::STRING, ['notnull' => true, 'length' => 16]);
		// Talk's actor: `users` + user id, `emails` + SHA-256 of the address, `guests` + SHA-1 of Talk's session id, …
		$table->addColumn('actor_type', Types::STRING, ['notnull' => true, 'length' => 32]);
		$table->addColumn('actor_id', Types::STRING, ['notnull' => true, 'length' => 255]);
		$table->setPrimaryKey(['id'], 'safemeet_mark_pk');
		$table->addUniqueIndex(['token', 'kind', 'actor_type', 'actor_id'], 'safemeet_mark_uniq');
		return $schema;
	}
}
