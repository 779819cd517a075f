<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\IURLGenerator: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

interface IURLGenerator {
	public function linkToRoute(string $routeName, array $arguments = []): string;

	public function linkToRouteAbsolute(string $routeName, array $arguments = []): string;

	public function imagePath(string $appName, string $file): string;

	public function getAbsoluteURL(string $url): string;
}
