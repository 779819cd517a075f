<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Test stub of OCP\AppFramework\Http\Attribute\BruteForceProtection: same as nextcloud/ocp stable32.
 */

namespace OCP\AppFramework\Http\Attribute;

use Attribute;

#[Attribute(Attribute::TARGET_METHOD | Attribute::IS_REPEATABLE)]
class BruteForceProtection {
	public function __construct(
		protected string $action,
	) {
	}

	public function getAction(): string {
		return $this->action;
	}
}
