<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\DB\ISchemaWrapper: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\DB;

interface ISchemaWrapper {
	/** @return \Doctrine\DBAL\Schema\Table */
	public function getTable($tableName);

	/** @return bool */
	public function hasTable($tableName);

	/** @return \Doctrine\DBAL\Schema\Table */
	public function createTable($tableName);
}
