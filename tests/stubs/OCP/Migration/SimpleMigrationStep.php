<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Migration\SimpleMigrationStep: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Migration;

use Closure;

abstract class SimpleMigrationStep implements IMigrationStep {
	public function name(): string {
		return '';
	}

	public function description(): string {
		return '';
	}

	public function preSchemaChange(IOutput $output, Closure $schemaClosure, array $options) {
	}

	public function changeSchema(IOutput $output, Closure $schemaClosure, array $options) {
		return null;
	}

	public function postSchemaChange(IOutput $output, Closure $schemaClosure, array $options) {
	}
}
