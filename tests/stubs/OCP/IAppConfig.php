<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\IAppConfig: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

interface IAppConfig {
	public const VALUE_SENSITIVE = 1;
	public const VALUE_MIXED = 2;
	public const VALUE_STRING = 4;
	public const VALUE_INT = 8;
	public const VALUE_FLOAT = 16;
	public const VALUE_BOOL = 32;
	public const VALUE_ARRAY = 64;
	public const FLAG_SENSITIVE = 1;

	public function hasKey(string $app, string $key, ?bool $lazy = false): bool;

	/** @return array<string, string|int|float|bool|array> config key => typed value */
	public function getAllValues(string $app, string $prefix = '', bool $filtered = false): array;

	public function getValueString(string $app, string $key, string $default = '', bool $lazy = false): string;

	public function getValueBool(string $app, string $key, bool $default = false, bool $lazy = false): bool;

	public function setValueString(string $app, string $key, string $value, bool $lazy = false, bool $sensitive = false): bool;

	public function getValueInt(string $app, string $key, int $default = 0, bool $lazy = false): int;

	public function setValueInt(string $app, string $key, int $value, bool $lazy = false, bool $sensitive = false): bool;

	public function setValueBool(string $app, string $key, bool $value, bool $lazy = false): bool;

	/**
	 * @throws \OCP\Exceptions\AppConfigUnknownKeyException
	 */
	public function getValueType(string $app, string $key, ?bool $lazy = null): int;

	/**
	 * @return array
	 * @throws \OCP\Exceptions\AppConfigUnknownKeyException if config key is not known in database
	 */
	public function getDetails(string $app, string $key): array;

	public function deleteKey(string $app, string $key): void;
}
