<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\DB\QueryBuilder\IFunctionBuilder: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\DB\QueryBuilder;

interface IFunctionBuilder {
	/**
	 * @param string|ILiteral|IParameter|IQueryFunction $count The input to be counted
	 * @param string $alias Alias for the counter
	 */
	public function count($count = '', $alias = ''): IQueryFunction;
}
