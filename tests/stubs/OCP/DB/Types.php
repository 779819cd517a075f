<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\DB\Types: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\DB;

final class Types {
	public const BIGINT = 'bigint';
	public const BOOLEAN = 'boolean';
	public const INTEGER = 'integer';
	public const SMALLINT = 'smallint';
	public const STRING = 'string';
	public const TEXT = 'text';
}
