<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Manager: signature checked against nextcloud/spreed (Talk 22.0.11); not the real implementation.
 */

namespace OCA\Talk;

use OCA\Talk\Exceptions\RoomNotFoundException;

class Manager {
	/**
	 * @throws RoomNotFoundException
	 */
	public function getRoomForUserByToken(string $token, ?string $userId, ?string $sessionId = null, bool $includeLastMessage = false, bool $isSIPBridgeRequest = false): Room {
		throw new RoomNotFoundException();
	}

	/**
	 * @return Room[]
	 */
	public function getRoomsForActor(string $actorType, string $actorId, array $sessionIds = [], bool $includeLastMessage = false, array $tokens = []): array {
		return [];
	}

	/**
	 * @throws RoomNotFoundException
	 */
	public function getRoomByToken(string $token, ?string $preloadUserId = null, ?string $serverUrl = null): Room {
		throw new RoomNotFoundException();
	}

	/**
	 * @return Room[]
	 */
	public function getRoomsForUser(string $userId, array $sessionIds = [], bool $includeLastMessage = false): array {
		return [];
	}
}
