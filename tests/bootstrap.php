<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Server-less test bootstrap: the app's classes from lib/, test helpers from tests/php/Support/, and
 * either our stubs of the OCP, Talk and PSR classes the app uses (tests/stubs/) with Debian's Doctrine
 * DBAL, or, with SAFE_MEETING_REFERENCE=<ocp folder>, the real OCP of that Nextcloud version, Talk 22
 * and the third-party types from the reference tree (tests/php/Support/Reference.php).
 */

require_once __DIR__ . '/php/Support/Reference.php';

use OCA\SafeMeeting\Tests\Support\Reference;

$prefixes = Reference::autoloadMap();
// Symfony Console for the occ command: the reference runs map it; the stub run borrows it from the tree too.
$symfony = Reference::dir() . '/vendor/symfony/';
if (Reference::version() === null && is_dir($symfony)) {
	$prefixes += [
		'Symfony\\Component\\Console\\' => [$symfony . 'console/'],
		'Symfony\\Component\\String\\' => [$symfony . 'string/'],
		'Symfony\\Contracts\\Service\\' => [$symfony . 'service-contracts/'],
	];
	require_once $symfony . 'deprecation-contracts/function.php';
}
spl_autoload_register(static function (string $class) use ($prefixes): void {
	foreach ($prefixes as $prefix => $dirs) {
		if (!str_starts_with($class, $prefix)) {
			continue;
		}
		foreach ($dirs as $dir) {
			$file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
			if (is_file($file)) {
				require_once $file;
				return;
			}
		}
		return;
	}
});

if (Reference::version() !== null) {
	if (!is_dir(Reference::dir() . '/' . Reference::version())) {
		fwrite(STDERR, 'No reference tree at ' . Reference::dir() . "\n");
		exit(1);
	}
	require_once Reference::dir() . '/vendor/symfony/deprecation-contracts/function.php';
	require_once __DIR__ . '/php/Shims/OC/Hooks/Emitter.php';
} elseif (stream_resolve_include_path('Doctrine/DBAL/autoload.php') !== false) {
	require_once 'Doctrine/DBAL/autoload.php';
} else {
	// The database tests run Doctrine's query builder and schema tools; Debian packages them.
	fwrite(STDERR, "Doctrine DBAL is missing: apt-get install php-doctrine-dbal\n");
	exit(1);
}
