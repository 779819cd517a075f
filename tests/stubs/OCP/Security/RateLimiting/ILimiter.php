<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Security\RateLimiting\ILimiter: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Security\RateLimiting;

use OCP\IUser;

interface ILimiter {
	/** @throws IRateLimitExceededException */
	public function registerAnonRequest(string $identifier,
		int $anonLimit,
		int $anonPeriod,
		string $ip): void;

	/** @throws IRateLimitExceededException */
	public function registerUserRequest(string $identifier,
		int $userLimit,
		int $userPeriod,
		IUser $user): void;
}
