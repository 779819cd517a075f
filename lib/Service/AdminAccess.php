<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCA\SafeMeeting\AppInfo\Application;
use OCA\SafeMeeting\Settings\Admin;
use OCP\IGroupManager;
use OCP\IUser;
use OCP\Settings\IManager as ISettingsManager;

/**
 * Who manages Safe Meeting: admins, and the groups an admin delegated the Admin setting to
 * (Administration privileges). Controllers say so with #[AuthorizedAdminSetting(settings: Admin::class)]
 * and check again here by the same rule, so a routing or attribute mistake exposes nothing and a
 * delegated admin is never let in by one check and refused by the other.
 */
class AdminAccess {
	public function __construct(
		private IGroupManager $groupManager,
		private ISettingsManager $settingsManager,
	) {
	}

	public function isAdmin(IUser $user): bool {
		return $this->groupManager->isAdmin($user->getUID()) || $this->isDelegated($user);
	}

	/** Whether an admin delegated our Admin setting to one of the user's groups. */
	private function isDelegated(IUser $user): bool {
		foreach ($this->settingsManager->getAllowedAdminSettings(Application::APP_ID, $user) as $settings) {
			foreach ($settings as $setting) {
				if ($setting instanceof Admin) {
					return true;
				}
			}
		}
		return false;
	}
}
