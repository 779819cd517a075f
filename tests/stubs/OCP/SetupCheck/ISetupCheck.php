<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Test stub of OCP\SetupCheck\ISetupCheck: signature checked against nextcloud/ocp stable32.
 */

namespace OCP\SetupCheck;

interface ISetupCheck {
	/**
	 * @return string Category id, one of security/system/accounts, or a custom one which will be merged in system
	 */
	public function getCategory(): string;

	/**
	 * @return string Translated name to display to the user
	 */
	public function getName(): string;

	public function run(): SetupResult;
}
