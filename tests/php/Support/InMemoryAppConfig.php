<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\Exceptions\AppConfigUnknownKeyException;
use OCP\IAppConfig;

/**
 * IAppConfig in memory: values stored as strings with their type, lazy and sensitive flags, as the
 * server's table keeps them, so tests can see how keys were written. Writes can be made to fail.
 */
class InMemoryAppConfig implements IAppConfig {
	/** @var array<string, array<string, string>> app → key → stored string */
	public array $values = [];
	/** @var array<string, array<string, bool>> */
	public array $lazy = [];
	/** @var array<string, array<string, int>> app → key → VALUE_* type (missing: VALUE_MIXED) */
	public array $types = [];
	/** @var array<string, array<string, bool>> */
	public array $sensitive = [];
	/** Counts every write and delete. */
	public int $writes = 0;
	/** @var list<int> numbers (1-based, counting every write and delete) of the writes that fail */
	public array $failingWrites = [];

	/** What the server shows instead of a sensitive value. */
	private const HIDDEN = '***REMOVED SENSITIVE VALUE***';

	private const TYPE_NAMES = [
		self::VALUE_MIXED => 'mixed', self::VALUE_STRING => 'string', self::VALUE_INT => 'int',
		self::VALUE_FLOAT => 'float', self::VALUE_BOOL => 'bool', self::VALUE_ARRAY => 'array',
	];

	/** A key as Nextcloud's legacy API (`occ config:app:set`, core's app-config endpoint) stores it: mixed. */
	public function setMixed(string $app, string $key, string $value): void {
		$this->values[$app][$key] = $value;
		$this->types[$app][$key] = self::VALUE_MIXED;
	}

	public function getApps(): array {
		$apps = array_keys(array_filter($this->values));
		sort($apps);
		return $apps;
	}

	public function getKeys(string $app): array {
		$keys = array_keys($this->values[$app] ?? []);
		sort($keys);
		return $keys;
	}

	public function searchKeys(string $app, string $prefix = '', bool $lazy = false): array {
		return array_values(array_filter($this->getKeys($app), fn (string $key): bool => str_starts_with($key, $prefix) && $this->isLazy($app, $key) === $lazy));
	}

	public function hasKey(string $app, string $key, ?bool $lazy = false): bool {
		return isset($this->values[$app][$key]) && ($lazy === null || $this->isLazy($app, $key) === $lazy);
	}

	public function isSensitive(string $app, string $key, ?bool $lazy = false): bool {
		$this->assertExists($app, $key);
		return $this->sensitive[$app][$key] ?? false;
	}

	public function isLazy(string $app, string $key): bool {
		$this->assertExists($app, $key);
		return $this->lazy[$app][$key] ?? false;
	}

	public function getAllValues(string $app, string $prefix = '', bool $filtered = false): array {
		$all = [];
		foreach ($this->getKeys($app) as $key) {
			if (str_starts_with($key, $prefix)) {
				$all[$key] = $filtered && $this->isSensitive($app, $key, null) ? self::HIDDEN : $this->typed($app, $key);
			}
		}
		return $all;
	}

	public function searchValues(string $key, bool $lazy = false, ?int $typedAs = null): array {
		$found = [];
		foreach ($this->values as $app => $keys) {
			if (isset($keys[$key]) && $this->isLazy($app, $key) === $lazy) {
				$found[$app] = $this->typed($app, $key, $typedAs);
			}
		}
		return $found;
	}

	public function getValueString(string $app, string $key, string $default = '', bool $lazy = false): string {
		return $this->values[$app][$key] ?? $default;
	}

	public function getValueInt(string $app, string $key, int $default = 0, bool $lazy = false): int {
		return isset($this->values[$app][$key]) ? (int)$this->values[$app][$key] : $default;
	}

	public function getValueFloat(string $app, string $key, float $default = 0, bool $lazy = false): float {
		return isset($this->values[$app][$key]) ? (float)$this->values[$app][$key] : $default;
	}

	public function getValueBool(string $app, string $key, bool $default = false, bool $lazy = false): bool {
		return isset($this->values[$app][$key]) ? in_array(strtolower($this->values[$app][$key]), ['1', 'true', 'yes', 'on'], true) : $default;
	}

	public function getValueArray(string $app, string $key, array $default = [], bool $lazy = false): array {
		return isset($this->values[$app][$key]) ? (array)json_decode($this->values[$app][$key], true) : $default;
	}

	public function getValueType(string $app, string $key, ?bool $lazy = null): int {
		$this->assertExists($app, $key);
		return $this->types[$app][$key] ?? self::VALUE_MIXED;
	}

	public function setValueString(string $app, string $key, string $value, bool $lazy = false, bool $sensitive = false): bool {
		return $this->store($app, $key, $value, self::VALUE_STRING, $lazy, $sensitive);
	}

	public function setValueInt(string $app, string $key, int $value, bool $lazy = false, bool $sensitive = false): bool {
		return $this->store($app, $key, (string)$value, self::VALUE_INT, $lazy, $sensitive);
	}

	public function setValueFloat(string $app, string $key, float $value, bool $lazy = false, bool $sensitive = false): bool {
		return $this->store($app, $key, (string)$value, self::VALUE_FLOAT, $lazy, $sensitive);
	}

	public function setValueBool(string $app, string $key, bool $value, bool $lazy = false): bool {
		return $this->store($app, $key, $value ? '1' : '0', self::VALUE_BOOL, $lazy, false);
	}

	public function setValueArray(string $app, string $key, array $value, bool $lazy = false, bool $sensitive = false): bool {
		return $this->store($app, $key, json_encode($value, JSON_THROW_ON_ERROR), self::VALUE_ARRAY, $lazy, $sensitive);
	}

	public function updateSensitive(string $app, string $key, bool $sensitive): bool {
		$this->assertExists($app, $key);
		$changed = $this->isSensitive($app, $key, null) !== $sensitive;
		$this->sensitive[$app][$key] = $sensitive;
		return $changed;
	}

	public function updateLazy(string $app, string $key, bool $lazy): bool {
		$this->assertExists($app, $key);
		$changed = $this->isLazy($app, $key) !== $lazy;
		$this->lazy[$app][$key] = $lazy;
		return $changed;
	}

	public function getDetails(string $app, string $key): array {
		$type = $this->getValueType($app, $key);
		return [
			'app' => $app,
			'key' => $key,
			'value' => $this->values[$app][$key],
			'type' => $type,
			'lazy' => $this->isLazy($app, $key),
			'typeString' => $this->convertTypeToString($type),
			'sensitive' => $this->isSensitive($app, $key, null),
		];
	}

	public function getKeyDetails(string $app, string $key): array {
		return $this->getDetails($app, $key);
	}

	public function convertTypeToInt(string $type): int {
		$int = array_search(strtolower($type), self::TYPE_NAMES, true);
		return $int !== false ? $int : throw new \InvalidArgumentException("unknown type $type");
	}

	public function convertTypeToString(int $type): string {
		$type &= ~self::VALUE_SENSITIVE;
		return self::TYPE_NAMES[$type] ?? throw new \InvalidArgumentException("unknown type $type");
	}

	public function deleteKey(string $app, string $key): void {
		$this->countWrite();
		unset($this->values[$app][$key], $this->lazy[$app][$key], $this->types[$app][$key], $this->sensitive[$app][$key]);
	}

	public function deleteApp(string $app): void {
		$this->countWrite();
		unset($this->values[$app], $this->lazy[$app], $this->types[$app], $this->sensitive[$app]);
	}

	public function clearCache(bool $reload = false): void {
	}

	public function getValues($app, $key) {
		return $key === false ? $this->getAllValues((string)$app) : $this->searchValues((string)$key);
	}

	public function getFilteredValues($app) {
		return $this->getAllValues((string)$app, '', true);
	}

	public function getAppInstalledVersions(bool $onlyEnabled = false): array {
		$versions = $this->searchValues('installed_version');
		if ($onlyEnabled) {
			$versions = array_filter($versions, fn (string $app): bool => ($this->values[$app]['enabled'] ?? 'no') !== 'no', ARRAY_FILTER_USE_KEY);
		}
		return $versions;
	}

	private function store(string $app, string $key, string $value, int $type, bool $lazy, bool $sensitive): bool {
		$this->countWrite();
		$changed = ($this->values[$app][$key] ?? null) !== $value;
		$this->values[$app][$key] = $value;
		$this->types[$app][$key] = $type;
		$this->lazy[$app][$key] = $lazy;
		$this->sensitive[$app][$key] = $sensitive;
		return $changed;
	}

	private function typed(string $app, string $key, ?int $as = null): string|int|float|bool|array {
		return match ($as ?? $this->types[$app][$key] ?? self::VALUE_MIXED) {
			self::VALUE_INT => $this->getValueInt($app, $key),
			self::VALUE_FLOAT => $this->getValueFloat($app, $key),
			self::VALUE_BOOL => $this->getValueBool($app, $key),
			self::VALUE_ARRAY => $this->getValueArray($app, $key),
			default => $this->values[$app][$key],
		};
	}

	private function assertExists(string $app, string $key): void {
		if (!isset($this->values[$app][$key])) {
			throw new AppConfigUnknownKeyException("unknown key $app/$key");
		}
	}

	private function countWrite(): void {
		$this->writes++;
		if (in_array($this->writes, $this->failingWrites, true)) {
			throw new \RuntimeException("write $this->writes fails");
		}
	}
}
