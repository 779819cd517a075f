<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\App\IAppManager: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\App;

use OCP\IUser;

interface IAppManager {
	/**
	 * @param string $appId
	 * @param IUser|null $user null: the logged-in user
	 * @return bool
	 */
	public function isEnabledForUser($appId, $user = null);

	public function isEnabledForAnyone(string $appId): bool;

	public function getAppVersion(string $appId, bool $useCache = true): string;

	/**
	 * List all apps enabled, either for everyone or for some groups
	 *
	 * @return list<string>
	 */
	public function getEnabledApps(): array;
}
