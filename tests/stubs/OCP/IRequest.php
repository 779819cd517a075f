<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\IRequest: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

interface IRequest {
	public function getHeader(string $name): string;

	public function getParam(string $key, $default = null);

	public function getRemoteAddress(): string;

	public function getRequestUri(): string;

	/** @return string|false */
	public function getPathInfo();

	public function getScriptName(): string;
}
