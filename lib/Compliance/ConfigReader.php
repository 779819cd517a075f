<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

use OCP\App\IAppManager;
use OCP\Exceptions\AppConfigUnknownKeyException;
use OCP\IAppConfig;
use OCP\IConfig;

/**
 * Reads other apps' configuration the way those apps read it, without ever tripping over a stored type.
 *
 * Talk and core write their keys through different APIs (typed, legacy "mixed", `occ`), so a typed getter
 * can throw a type conflict. IAppConfig::getDetails() returns the stored string whatever its type (lazy or
 * not), so every key is read raw here and interpreted like its owner does (Talk's getAppValueBool accepts
 * `1`, `true`, `yes`, `on`). Anything that cannot be read becomes an UnreadableException naming the key.
 */
class ConfigReader {
	private const TRUE_VALUES = ['1', 'true', 'yes', 'on'];

	public function __construct(
		private IAppConfig $appConfig,
		private IConfig $config,
		private IAppManager $appManager,
	) {
	}

	/**
	 * The stored value, or null when the key is not set (the owner's default applies).
	 *
	 * @throws UnreadableException
	 */
	public function appValue(string $app, string $key): ?string {
		try {
			$value = $this->appConfig->getDetails($app, $key)['value'] ?? null;
		} catch (AppConfigUnknownKeyException) {
			return null;
		} catch (\Throwable $e) {
			throw new UnreadableException("$app.$key", $e);
		}
		if ($value !== null && !is_scalar($value)) {
			throw new UnreadableException("$app.$key");
		}
		return $value === null ? null : (string)$value;
	}

	/** @throws UnreadableException */
	public function appBool(string $app, string $key, bool $default): bool {
		$value = $this->appValue($app, $key);
		return $value === null ? $default : in_array(strtolower(trim($value)), self::TRUE_VALUES, true);
	}

	/** @throws UnreadableException when the stored value is not a whole number */
	public function appInt(string $app, string $key, int $default): int {
		$value = $this->appValue($app, $key);
		if ($value === null || trim($value) === '') {
			return $default;
		}
		if (preg_match('/^-?\d+$/', trim($value)) !== 1) {
			throw new UnreadableException("$app.$key");
		}
		return (int)$value;
	}

	/**
	 * A JSON value; `$default` when the key is not set or empty.
	 *
	 * @throws UnreadableException when the stored value is not JSON
	 */
	public function appJson(string $app, string $key, mixed $default): mixed {
		$value = $this->appValue($app, $key);
		if ($value === null || trim($value) === '') {
			return $default;
		}
		try {
			return json_decode($value, true, 16, JSON_THROW_ON_ERROR);
		} catch (\JsonException $e) {
			throw new UnreadableException("$app.$key", $e);
		}
	}

	/** A value of config.php; `$default` when it is not set. */
	public function system(string $key, mixed $default): mixed {
		try {
			return $this->config->getSystemValue($key, $default);
		} catch (\Throwable $e) {
			throw new UnreadableException("system.$key", $e);
		}
	}

	/**
	 * For criteria about an app's settings: those settings mean nothing while the app is off.
	 *
	 * @throws UnreadableException `apps.<app>` when the app is not enabled
	 */
	public function requireApp(string $app): void {
		if (!$this->appEnabled($app)) {
			throw new UnreadableException("apps.$app");
		}
	}

	/** Whether an app is enabled for anyone (for all users or some groups). */
	public function appEnabled(string $app): bool {
		try {
			return $this->appManager->isEnabledForAnyone($app);
		} catch (\Throwable $e) {
			throw new UnreadableException("apps.$app", $e);
		}
	}

	/** The installed version of an app, '' when it is not installed. */
	public function appVersion(string $app): string {
		try {
			return $this->appManager->getAppVersion($app);
		} catch (\Throwable $e) {
			throw new UnreadableException("apps.$app", $e);
		}
	}
}
