<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Bootstrap\IRegistrationContext: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework\Bootstrap;

interface IRegistrationContext {
	public function registerEventListener(string $event, string $listener, int $priority = 0): void;

	public function registerMiddleware(string $class, bool $global = false): void;

	public function registerConfigLexicon(string $configLexiconClass): void;

	/**
	 * @psalm-param class-string<\OCP\SetupCheck\ISetupCheck> $setupCheckClass
	 */
	public function registerSetupCheck(string $setupCheckClass): void;
}
