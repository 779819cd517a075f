<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\DB\QueryBuilder\IExpressionBuilder;

class SqliteExpressionBuilder implements IExpressionBuilder {
	public function eq($x, $y, $type = null): string {
		return "\"$x\" = $y";
	}
}
