<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Util: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

class Util {
	public static function addStyle(string $application, ?string $file = null, bool $prepend = false): void {
	}

	public static function addTranslations($application, $languageCode = null, $init = false) {
	}

	public static function addScript(string $application, ?string $file = null, string $afterAppId = 'core', bool $prepend = false): void {
	}
}
