<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

/**
 * Which classes this PHPUnit run loads: our stubs (tests/stubs/), or the real public API of one
 * Nextcloud version plus Talk 22 from the reference tree (`../shared/reference/`, see its README),
 * chosen by the environment variable SAFE_MEETING_REFERENCE (e.g. `ocp-stable33`).
 */
final class Reference {
	/** The Nextcloud versions the app supports (info.xml), by their folder in the reference tree. */
	public const VERSIONS = ['ocp-stable32' => 32, 'ocp-stable33' => 33, 'ocp-stable34' => 34, 'ocp-35-dev' => 35];

	/** The OCP folder this run loads, or null when it runs against the stubs. */
	public static function version(): ?string {
		$version = getenv('SAFE_MEETING_REFERENCE');
		return is_string($version) && $version !== '' ? $version : null;
	}

	/** The Nextcloud major version this run loads, or null for the stubs. */
	public static function nextcloud(): ?int {
		$version = self::version();
		return $version === null ? null : self::VERSIONS[$version];
	}

	/** The reference tree: SAFE_MEETING_REFERENCE_DIR, else `shared/reference` beside the repository. */
	public static function dir(): string {
		$dir = getenv('SAFE_MEETING_REFERENCE_DIR');
		return is_string($dir) && $dir !== '' ? rtrim($dir, '/') : dirname(__DIR__, 4) . '/shared/reference';
	}

	/**
	 * PSR-4 prefixes of this run, longest first is not needed: no prefix is a prefix of another one
	 * mapped elsewhere, except `OCA\SafeMeeting\Tests\` which comes first.
	 *
	 * @return array<string, list<string>>
	 */
	public static function autoloadMap(): array {
		$tests = dirname(__DIR__, 2);
		$own = [
			'OCA\\SafeMeeting\\Tests\\' => [$tests . '/php/'],
			'OCA\\SafeMeeting\\' => [dirname($tests) . '/lib/'],
		];
		$version = self::version();
		if ($version === null) {
			return $own + [
				'OCA\\Talk\\' => [$tests . '/stubs/OCA/Talk/'],
				'OCP\\' => [$tests . '/stubs/OCP/'],
				'Psr\\' => [$tests . '/stubs/Psr/'],
			];
		}
		if (!isset(self::VERSIONS[$version])) {
			throw new \RuntimeException("SAFE_MEETING_REFERENCE=$version: expected one of " . implode(', ', array_keys(self::VERSIONS)));
		}
		$ref = self::dir();
		$vendor = "$ref/vendor";
		return $own + [
			'OCA\\Talk\\' => ["$ref/talk-22/lib/"],
			'OCP\\' => ["$ref/$version/OCP/"],
			'NCU\\' => ["$ref/$version/NCU/"],
			'Psr\\Log\\' => ["$vendor/psr/log/src/"],
			'Psr\\Container\\' => ["$vendor/psr/container/src/"],
			'Psr\\EventDispatcher\\' => ["$vendor/psr/event-dispatcher/src/"],
			'Psr\\Clock\\' => ["$vendor/psr/clock/src/"],
			'Psr\\Cache\\' => ["$vendor/psr/cache/src/"],
			'Psr\\Http\\Client\\' => ["$vendor/psr/http-client/src/"],
			'Psr\\Http\\Message\\' => ["$vendor/psr/http-message/src/", "$vendor/psr/http-factory/src/"],
			'Doctrine\\DBAL\\' => ["$vendor/doctrine/dbal/src/"],
			'Doctrine\\Deprecations\\' => ["$vendor/doctrine/deprecations/src/"],
			'Doctrine\\Common\\' => ["$vendor/doctrine/event-manager/src/"],
			'Symfony\\Component\\Console\\' => ["$vendor/symfony/console/"],
			'Symfony\\Component\\String\\' => ["$vendor/symfony/string/"],
			'Symfony\\Contracts\\Service\\' => ["$vendor/symfony/service-contracts/"],
		];
	}
}
