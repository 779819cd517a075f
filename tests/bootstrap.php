<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Server-less test bootstrap: the app's classes from lib/, our own minimal stubs of the OCP, Talk
 * and PSR classes it uses from tests/stubs/, and test helpers from tests/php/Support/.
 */

$prefixes = [
	'OCA\\SafeMeeting\\Tests\\' => __DIR__ . '/php/',
	'OCA\\SafeMeeting\\' => __DIR__ . '/../lib/',
	'OCA\\Talk\\' => __DIR__ . '/stubs/OCA/Talk/',
	'OCP\\' => __DIR__ . '/stubs/OCP/',
	'Psr\\' => __DIR__ . '/stubs/Psr/',
];

spl_autoload_register(static function (string $class) use ($prefixes): void {
	foreach ($prefixes as $prefix => $dir) {
		if (str_starts_with($class, $prefix)) {
			$file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
			if (is_file($file)) {
				require_once $file;
			}
			return;
		}
	}
});

if (is_file(__DIR__ . '/../vendor/autoload.php')) {
	require_once __DIR__ . '/../vendor/autoload.php';
}
