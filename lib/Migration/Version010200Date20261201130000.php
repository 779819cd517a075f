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
 * Retention: deletion receipts, and the "purged" marker of a meeting whose room retention deleted.
 *
 * A receipt names what was deleted (or deliberately left alone) and why, never its contents. Receipts
 * carry the meeting owner, so the owner keeps seeing them after the meeting itself is gone.
 */
class Version010200Date20261201130000 extends SimpleMigrationStep {
	public const RECEIPTS = 'safemeet_receipts';
	public const PENDING = 'safemeet_pending';

	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		/** @var ISchemaWrapper $schema */
		$schema = $schemaClosure();
		$changed = false;

		$meetings = $schema->getTable('safemeet_meetings');
		if (!$meetings->hasColumn('purged_at')) {
			// Null while the meeting lives; when set, the row keeps only token and owner for its receipts.
			$meetings->addColumn('purged_at', Types::BIGINT, [
				'notnull' => false,
				'length' => 20,
				'unsigned' => true,
			]);
			$changed = true;
		}

		if (!$schema->hasTable(self::RECEIPTS)) {
			$this->createReceipts($schema);
			$changed = true;
		}
		if (!$schema->hasTable(self::PENDING)) {
			$this->createPending($schema);
			$changed = true;
		}
		return $changed ? $schema : null;
	}

	private function createReceipts(ISchemaWrapper $schema): void {
		$table = $schema->createTable(self::RECEIPTS);
		$table->addColumn('id', Types::BIGINT, ['autoincrement' => true, 'notnull' => true, 'length' => 20, 'unsigned' => true]);
		$table->addColumn('token', Types::STRING, ['notnull' => true, 'length' => 64]);
		// The meeting's owner when the receipt was written: who may read it besides admins.
		$table->addColumn('owner_uid', Types::STRING, ['notnull' => true, 'length' => 64]);
		// share | file | recording | conversation
		$table->addColumn('kind', Types::STRING, ['notnull' => true, 'length' => 16]);
		$table->addColumn('object_id', Types::STRING, ['notnull' => true, 'length' => 64]);
		$table->addColumn('object_name', Types::STRING, ['notnull' => true, 'length' => 255]);
		// deleted | kept (left alone on purpose; reason says why)
		$table->addColumn('action', Types::STRING, ['notnull' => true, 'length' => 16]);
		$table->addColumn('reason', Types::STRING, ['notnull' => false, 'length' => 32]);
		// file-retention | meeting-retention | purge
		$table->addColumn('rule', Types::STRING, ['notnull' => true, 'length' => 32]);
		$table->addColumn('acted_at', Types::BIGINT, ['notnull' => true, 'length' => 20, 'unsigned' => true]);
		// job | occ | user; actor_id is the user id for `user`
		$table->addColumn('actor_type', Types::STRING, ['notnull' => true, 'length' => 16]);
		$table->addColumn('actor_id', Types::STRING, ['notnull' => false, 'length' => 64]);
		$table->setPrimaryKey(['id'], 'safemeet_rcpt_pk');
		$table->addIndex(['token', 'id'], 'safemeet_rcpt_token_idx');
		$table->addIndex(['owner_uid', 'id'], 'safemeet_rcpt_owner_idx');
		$table->addIndex(['acted_at'], 'safemeet_rcpt_at_idx');
	}

	/**
	 * Files whose room share went before their retention did (Talk lets a share expire with the chat,
	 * and core deletes it when it is next loaded): retention still has to decide about the file itself.
	 */
	private function createPending(ISchemaWrapper $schema): void {
		$table = $schema->createTable(self::PENDING);
		$table->addColumn('id', Types::BIGINT, ['autoincrement' => true, 'notnull' => true, 'length' => 20, 'unsigned' => true]);
		$table->addColumn('token', Types::STRING, ['notnull' => true, 'length' => 64]);
		$table->addColumn('owner_uid', Types::STRING, ['notnull' => true, 'length' => 64]);
		$table->addColumn('shared_by', Types::STRING, ['notnull' => true, 'length' => 64]);
		$table->addColumn('file_id', Types::BIGINT, ['notnull' => true, 'length' => 20, 'unsigned' => true]);
		$table->addColumn('item_type', Types::STRING, ['notnull' => true, 'length' => 16]);
		$table->addColumn('name', Types::STRING, ['notnull' => true, 'length' => 255]);
		$table->addColumn('shared_at', Types::BIGINT, ['notnull' => true, 'length' => 20, 'unsigned' => true]);
		$table->setPrimaryKey(['id'], 'safemeet_pend_pk');
		$table->addUniqueIndex(['token', 'file_id'], 'safemeet_pend_file_uniq');
	}
}
