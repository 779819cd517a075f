<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\IUser: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

interface IUser {
	public function getUID();

	/**
	 * @return string
	 */
	public function getDisplayName();

	/**
	 * @return string|null
	 */
	public function getEMailAddress();
}
