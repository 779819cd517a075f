<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\IUserManager: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

interface IUserManager {
	/**
	 * @return IUser|null Either the user or null if the specified user does not exist
	 */
	public function get($uid);

	/**
	 * @param string $uid
	 * @param list<string> $excludeBackends
	 * @return bool
	 */
	public function userExists($uid, array $excludeBackends = []);

	/**
	 * Get the display name of a user
	 */
	public function getDisplayName(string $uid): ?string;

	/**
	 * @param \Closure $callback
	 * @psalm-param \Closure(\OCP\IUser):?bool $callback
	 */
	public function callForSeenUsers(\Closure $callback);

	/**
	 * returns how many users have logged in once
	 *
	 * @return int
	 */
	public function countSeenUsers();
}
