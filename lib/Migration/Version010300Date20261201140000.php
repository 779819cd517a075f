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
 * Organisational evidence (compliance.md criterion 18): what an admin attested, who, when, with which
 * document and until when, one row per attestation so the history stays.
 */
class Version010300Date20261201140000 extends SimpleMigrationStep {
	public const TABLE = 'safemeet_attest';

	/**
	 * @param Closure(): ISchemaWrapper $schemaClosure
	 */
	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options): ?ISchemaWrapper {
		/** @var ISchemaWrapper $schema */
		$schema = $schemaClosure();
		if ($schema->hasTable(self::TABLE)) {
			return null;
		}
		$table = $schema->createTable(self::TABLE);
		$table->addColumn('id', Types::BIGINT, [
			'autoincrement' => true,
			'notnull' => true,
			'length' => 20,
			'unsigned' => true,
		]);
		// processor-agreement, processing-record, dpia, works-council, toms, host
		$table->addColumn('item', Types::STRING, [
			'notnull' => true,
			'length' => 32,
		]);
		// The provider's host for `host`; null for the organisation-wide items.
		$table->addColumn('subject', Types::STRING, [
			'notnull' => false,
			'length' => 191,
		]);
		$table->addColumn('attested_by', Types::STRING, [
			'notnull' => true,
			'length' => 64,
		]);
		$table->addColumn('attested_at', Types::BIGINT, [
			'notnull' => true,
			'length' => 20,
			'unsigned' => true,
		]);
		$table->addColumn('document_ref', Types::STRING, [
			'notnull' => true,
			'length' => 255,
		]);
		$table->addColumn('review_due', Types::BIGINT, [
			'notnull' => true,
			'length' => 20,
			'unsigned' => true,
		]);
		// JSON: for `host`, {role, transfer}
		$table->addColumn('details', Types::TEXT, [
			'notnull' => false,
		]);
		$table->setPrimaryKey(['id']);
		$table->addIndex(['item'], 'safemeet_attest_item_idx');
		return $schema;
	}
}
