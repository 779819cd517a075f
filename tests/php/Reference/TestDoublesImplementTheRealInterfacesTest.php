<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Reference;

use OCA\SafeMeeting\Tests\Support\Reference;
use OCA\SafeMeeting\Tests\Support\ReferenceTestCase;

/**
 * Every test double in tests/php/Support that implements an OCP interface implements the whole real
 * interface of this run's Nextcloud version: PHP refuses to load a class that misses a method or
 * declares an incompatible one. Loading each here covers those no test happens to use on this version.
 */
class TestDoublesImplementTheRealInterfacesTest extends ReferenceTestCase {
	/** Doubles of interfaces a version does not have: class => the interface it needs. */
	private const NEEDS = [
		'OCA\SafeMeeting\Tests\Support\Db\TypedQueryBuilder' => 'OCP\DB\QueryBuilder\ITypedQueryBuilder',
		'OCA\SafeMeeting\Tests\Support\Db\TypedSchemaWrapper' => 'OCP\DB\Schema\ITable',
		'OCA\SafeMeeting\Tests\Support\Db\SchemaTable' => 'OCP\DB\Schema\ITable',
		'OCA\SafeMeeting\Tests\Support\Db\SchemaColumn' => 'OCP\DB\Schema\ITable',
		'OCA\SafeMeeting\Tests\Support\Db\SchemaIndex' => 'OCP\DB\Schema\ITable',
		'OCA\SafeMeeting\Tests\Support\Db\SchemaForeignKey' => 'OCP\DB\Schema\ITable',
		// Nextcloud 35 types ISchemaWrapper's tables; the untyped wrapper is for 32–34.
		'OCA\SafeMeeting\Tests\Support\Db\SchemaWrapper' => '!OCP\DB\Schema\ITable',
	];

	public static function doubles(): array {
		$cases = [];
		$dir = realpath(__DIR__ . '/../Support');
		foreach (new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($dir, \FilesystemIterator::SKIP_DOTS)) as $file) {
			if (preg_match('/^[A-Z]\w*\.php$/', $file->getFilename()) !== 1) {
				continue;
			}
			$class = 'OCA\SafeMeeting\Tests\Support\\' . str_replace('/', '\\', substr($file->getPathname(), strlen($dir) + 1, -4));
			$needs = self::NEEDS[$class] ?? null;
			// Only the doubles meant for this run's version (the data provider runs with its OCP loaded).
			if ($needs === null || (str_starts_with($needs, '!') ? !interface_exists(substr($needs, 1)) : interface_exists($needs))) {
				$cases[$class] = [$class];
			}
		}
		ksort($cases);
		return $cases;
	}

	/** @dataProvider doubles */
	public function testLoadsAgainstTheRealInterfaces(string $class): void {
		$this->assertTrue(class_exists($class) || trait_exists($class) || interface_exists($class), $class);
		$reflection = new \ReflectionClass($class);
		foreach ($reflection->getInterfaceNames() as $interface) {
			if (str_starts_with($interface, 'OCP\\')) {
				$this->assertStringStartsWith(realpath(Reference::dir()), (string)realpath((string)(new \ReflectionClass($interface))->getFileName()), $interface);
			}
		}
		$this->assertFalse($reflection->isAbstract() && !$reflection->isInterface() && !$reflection->isTrait() && $reflection->getShortName() !== 'ReferenceTestCase', "$class is abstract");
	}
}
