<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\DB\Exception: signature checked against nextcloud/ocp stable32; not the real implementation.
 * As in OCP, getReason() answers null: the server throws a subclass that knows the reason.
 */

namespace OCP\DB;

class Exception extends \Exception {
	public const REASON_CONSTRAINT_VIOLATION = 2;
	public const REASON_DATABASE_OBJECT_EXISTS = 3;
	public const REASON_DATABASE_OBJECT_NOT_FOUND = 4;
	public const REASON_FOREIGN_KEY_VIOLATION = 7;
	public const REASON_INVALID_FIELD_NAME = 9;
	public const REASON_NOT_NULL_CONSTRAINT_VIOLATION = 11;
	public const REASON_SYNTAX_ERROR = 13;
	public const REASON_UNIQUE_CONSTRAINT_VIOLATION = 14;

	public function getReason(): ?int {
		return null;
	}
}
