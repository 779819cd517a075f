<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Service;

use OCP\IUserSession;

/**
 * The logged-in caller when they manage Safe Meeting (AdminAccess: admins and delegated groups), for the
 * compliance centre's controllers, which check again what #[AuthorizedAdminSetting] already enforced.
 */
class CurrentAdmin {
	public function __construct(
		private IUserSession $userSession,
		private AdminAccess $adminAccess,
	) {
	}

	/** The caller's uid when they may manage Safe Meeting, else null. */
	public function adminUid(): ?string {
		$user = $this->userSession->getUser();
		return $user !== null && $this->adminAccess->isAdmin($user) ? $user->getUID() : null;
	}
}
