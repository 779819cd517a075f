<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Prints, as JSON, what each class in tests/stubs/ declares (kind, parent, interfaces, constants,
 * method signatures), read by reflection in a run that loads the stubs. The reference tests compare
 * it with the real classes (tests/php/Reference/StubsMatchTheRealClassesTest.php).
 */

putenv('SAFE_MEETING_REFERENCE=');
require __DIR__ . '/../../bootstrap.php';

use OCA\SafeMeeting\Tests\Support\Signature;

$stubs = realpath(__DIR__ . '/../../stubs');
$declared = [];
foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator($stubs, FilesystemIterator::SKIP_DOTS)) as $file) {
	$class = str_replace('/', '\\', substr($file->getPathname(), strlen($stubs) + 1, -4));
	$declared[$class] = Signature::ofClass(new ReflectionClass($class));
}
ksort($declared);
echo json_encode($declared, JSON_THROW_ON_ERROR | JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES);
