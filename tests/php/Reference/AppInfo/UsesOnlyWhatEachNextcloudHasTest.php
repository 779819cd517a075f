<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Reference\AppInfo;

use OCA\SafeMeeting\Tests\Support\Reference;
use OCA\SafeMeeting\Tests\Support\ReferenceTestCase;

/**
 * Everything the app names from OCP, Talk and PSR exists in this run's Nextcloud version (info.xml
 * promises 32–35), and every OCP method the app calls on an imported type exists there. The calls are
 * found in the source: `$x->method(` on properties and parameters typed with an imported class (or
 * narrowed to one by instanceof), and `Class::member`. Whether the calls work is what the rest of the suite, run on each version, shows.
 */
class UsesOnlyWhatEachNextcloudHasTest extends ReferenceTestCase {
	public static function appFiles(): array {
		$cases = [];
		$lib = realpath(__DIR__ . '/../../../../lib');
		foreach (new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($lib, \FilesystemIterator::SKIP_DOTS)) as $file) {
			$cases[substr($file->getPathname(), strlen($lib) + 1)] = [$file->getPathname()];
		}
		ksort($cases);
		return $cases;
	}

	/** @dataProvider appFiles */
	public function testEveryImportedPlatformClassExists(string $file): void {
		$imports = self::imports((string)file_get_contents($file));
		foreach ($imports as $class) {
			$this->assertTrue(class_exists($class) || interface_exists($class) || enum_exists($class) || trait_exists($class), "$class, used in " . basename($file) . ', is not in ' . Reference::version());
		}
		$this->addToAssertionCount($imports === [] ? 1 : 0); // nothing imported: nothing to miss
	}

	/** @dataProvider appFiles */
	public function testEveryPlatformMethodAndConstantTheAppUsesExists(string $file): void {
		$imports = self::imports((string)file_get_contents($file));
		$source = self::withoutComments((string)file_get_contents($file));
		$checked = 0;
		// Class::CONSTANT and Class::method( on imported platform classes.
		preg_match_all('/\b([A-Z]\w*)::([A-Za-z_]\w*)(\()?/', $source, $static, PREG_SET_ORDER);
		foreach ($static as $m) {
			[$alias, $member] = [$m[1], $m[2]];
			if (!isset($imports[$alias]) || $member === 'class') {
				continue;
			}
			$class = new \ReflectionClass($imports[$alias]);
			$this->assertTrue(isset($m[3]) ? $class->hasMethod($member) : ($class->hasConstant($member) || $class->hasProperty($member)), "{$imports[$alias]}::$member, used in " . basename($file));
			$checked++;
		}
		// $this->property->method( and $parameter->method( where the property or parameter has an imported type.
		// A name may carry different types in different methods: one of them must have the method.
		foreach (self::typedVariables($source, $imports, self::imports((string)file_get_contents($file), '[\w\\\\]+')) as $variable => $classes) {
			preg_match_all('/\$(?:this->)?' . preg_quote($variable, '/') . '(?:\?)?->(\w+)\(/', $source, $calls);
			foreach (array_unique($calls[1]) as $method) {
				$has = array_filter($classes, static fn (string $class): bool => (new \ReflectionClass($class))->hasMethod($method));
				$this->assertNotEmpty($has, implode('|', $classes) . "::$method(), used in " . basename($file) . ', is not in ' . Reference::version());
				$checked++;
			}
		}
		$this->addToAssertionCount($checked === 0 ? 1 : 0); // a file without platform calls has nothing to miss
	}

	/** @return array<string, class-string> alias => platform class (OCP, NCU, Talk, PSR) */
	private static function imports(string $source, string $namespaces = '(?:OCP|NCU|OCA\\\\Talk|Psr)\\\\[\w\\\\]+'): array {
		$imports = [];
		preg_match_all('/^use (' . $namespaces . ')(?: as (\w+))?;/m', $source, $m, PREG_SET_ORDER);
		foreach ($m as $use) {
			$imports[$use[2] ?? substr((string)strrchr('\\' . $use[1], '\\'), 1)] = $use[1];
		}
		return $imports;
	}

	private static function withoutComments(string $source): string {
		$code = '';
		foreach (token_get_all($source) as $token) {
			$code .= is_array($token) ? (in_array($token[0], [T_COMMENT, T_DOC_COMMENT], true) ? '' : $token[1]) : $token;
		}
		return $code;
	}

	/** @return array<string, list<class-string>> variable or property name => its imported platform types */
	private static function typedVariables(string $source, array $imports, array $allImports): array {
		$typed = [];
		preg_match_all('/\b([A-Z]\w*)(?:&\w+)? \$(\w+)\b/', $source, $m, PREG_SET_ORDER);
		foreach ($m as [, $type, $name]) {
			if (isset($imports[$type])) {
				$typed[$name][] = $imports[$type];
			}
		}
		// Narrowed by `$x instanceof Class` (also `!$x instanceof Class` in early returns), to any class.
		preg_match_all('/\$(?:this->)?(\w+) instanceof ([A-Z]\w*)/', $source, $m, PREG_SET_ORDER);
		foreach ($m as [, $name, $type]) {
			if (isset($typed[$name], $allImports[$type])) {
				$typed[$name][] = $allImports[$type];
			}
		}
		return $typed;
	}
}
