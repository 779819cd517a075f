<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\IConfig: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP;

interface IConfig {
	/**
	 * @param string $key the key of the value, under which it was saved
	 * @param mixed $default the default value to be returned if the value isn't set
	 * @return mixed the value or $default
	 */
	public function getSystemValue($key, $default = '');

	public function getSystemValueBool(string $key, bool $default = false): bool;

	public function getSystemValueInt(string $key, int $default = 0): int;

	public function getSystemValueString(string $key, string $default = ''): string;

	/**
	 * @param string $userId the userId of the user that we want to store the value under
	 * @param string $appName the appName that we want to store the value under
	 * @param string $key the key under which the value is being stored
	 * @param string $value the value that you want to store
	 * @param string $preCondition only update if the config value was previously the value passed as $preCondition
	 */
	public function setUserValue($userId, $appName, $key, $value, $preCondition = null);

	/**
	 * @param ?string $userId the userId of the user that we want to store the value under
	 * @param string $appName the appName that we stored the value under
	 * @param string $key the key under which the value is being stored
	 * @param mixed $default the default value to be returned if the value isn't set
	 * @return string
	 */
	public function getUserValue($userId, $appName, $key, $default = '');

	/**
	 * @param string $appName the app to get the user for
	 * @param string $key the key to get the user for
	 * @param string $value the value to get the user for
	 * @return list<string> of user IDs
	 */
	public function getUsersForUserValue($appName, $key, $value);
}
