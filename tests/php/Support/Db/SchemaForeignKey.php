<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support\Db;

use OCP\DB\Schema\IForeignKeyConstraint;

/**
 * Nextcloud 35's IForeignKeyConstraint: its name.
 */
final class SchemaForeignKey implements IForeignKeyConstraint {
	public function __construct(
		private string $name,
	) {
	}

	public function getName(): string {
		return $this->name;
	}
}
