<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\DB\QueryBuilder\IExpressionBuilder: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\DB\QueryBuilder;

interface IExpressionBuilder {
	public function eq($x, $y, $type = null): string;

	public function neq($x, $y, $type = null): string;

	public function lt($x, $y, $type = null): string;

	public function lte($x, $y, $type = null): string;

	public function gt($x, $y, $type = null): string;

	public function gte($x, $y, $type = null): string;

	public function isNull($x): string;

	public function isNotNull($x): string;

	public function in($x, $y, $type = null): string;

	/**
	 * Creates a `$x IS NOT NULL AND $x <> ''` expression.
	 */
	public function nonEmptyString($x): string;
}
