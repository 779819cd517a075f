<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

/**
 * A class's declarations as plain strings, so a stub and the real class can be compared.
 */
final class Signature {
	/**
	 * @return array{kind: string, parent: ?string, interfaces: list<string>, constants: array<string, string>, methods: array<string, string>}
	 */
	public static function ofClass(\ReflectionClass $class): array {
		$constants = [];
		foreach ($class->getReflectionConstants() as $constant) {
			if ($constant->getDeclaringClass()->getName() === $class->getName()) {
				$constants[$constant->getName()] = var_export($constant->getValue(), true);
			}
		}
		$methods = [];
		foreach ($class->getMethods() as $method) {
			if ($method->getDeclaringClass()->getName() === $class->getName()) {
				$methods[$method->getName()] = self::ofMethod($method);
			}
		}
		$interfaces = $class->getInterfaceNames();
		sort($interfaces);
		return [
			'kind' => $class->isInterface() ? 'interface' : ($class->isTrait() ? 'trait' : ($class->isEnum() ? 'enum' : 'class')),
			'parent' => $class->getParentClass() === false ? null : $class->getParentClass()->getName(),
			'interfaces' => $interfaces,
			'constants' => $constants,
			'methods' => $methods,
		];
	}

	/** "static name(Type $a = default, …): Return" */
	public static function ofMethod(\ReflectionMethod $method): string {
		$params = [];
		foreach ($method->getParameters() as $p) {
			$params[] = ($p->hasType() ? self::ofType($p->getType()) . ' ' : '') . ($p->isPassedByReference() ? '&' : '') . ($p->isVariadic() ? '...' : '') . '$' . $p->getName()
				. ($p->isDefaultValueAvailable() ? ' = ' . self::defaultOf($p) : '');
		}
		return ($method->isStatic() ? 'static ' : '') . $method->getName() . '(' . implode(', ', $params) . ')'
			. ($method->hasReturnType() ? ': ' . self::ofType($method->getReturnType()) : '');
	}

	private static function defaultOf(\ReflectionParameter $p): string {
		return $p->isDefaultValueConstant() ? (string)$p->getDefaultValueConstantName() : var_export($p->getDefaultValue(), true);
	}

	private static function ofType(\ReflectionType $type): string {
		if ($type instanceof \ReflectionNamedType) {
			$nullable = $type->allowsNull() && !in_array($type->getName(), ['mixed', 'null'], true);
			return ($nullable ? '?' : '') . $type->getName();
		}
		$parts = array_map(static fn (\ReflectionType $t): string => self::ofType($t), $type->getTypes());
		sort($parts);
		return implode($type instanceof \ReflectionUnionType ? '|' : '&', $parts);
	}
}
