<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\IRequest;
use PHPUnit\Framework\MockObject\MockObject;

/**
 * Makes a mocked IRequest answer for a request URI the way Nextcloud's Request does: the URI as sent,
 * the script it names, and the path info Nextcloud routes by (repeated slashes collapsed, as
 * Request::getRawPathInfo does, and percent-escapes decoded, as getPathInfo and Symfony's router do).
 * An empty URI is occ or cron: no script path, no path info.
 */
final class RequestRoute {
	/** @param \Closure(): string $uri read on every call, so a test may change it */
	public static function answer(IRequest&MockObject $request, \Closure $uri): void {
		$request->method('getRequestUri')->willReturnCallback($uri);
		$request->method('getScriptName')->willReturnCallback(static fn (): string => self::split($uri())[0]);
		$request->method('getPathInfo')->willReturnCallback(static fn (): string|false => self::split($uri())[1]);
	}

	/** @return array{0: string, 1: string|false} [script name, path info] */
	private static function split(string $uri): array {
		if ($uri === '') {
			return ['occ', false];
		}
		$path = preg_replace('#/{2,}#', '/', explode('?', $uri, 2)[0]);
		if (preg_match('#^(.*?/[^/]+\.php)(/.*)?$#', $path, $m) !== 1) {
			return ['/index.php', rawurldecode($path)]; // a pretty URL, rewritten to index.php
		}
		return [$m[1], rawurldecode($m[2] ?? '')];
	}
}
