<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Settings\IManager: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Settings;

use OCP\IUser;

interface IManager {
	/**
	 * The admin settings of a section the user may use: all of them for admins, else those delegated
	 * to one of the user's groups (Administration privileges).
	 *
	 * @return array<int, list<ISettings>> priority => settings
	 */
	public function getAllowedAdminSettings(string $section, IUser $user): array;
}
