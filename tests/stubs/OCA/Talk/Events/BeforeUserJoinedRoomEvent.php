<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Events\BeforeUserJoinedRoomEvent: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Events;

use OCA\Talk\Room;
use OCP\IUser;

class BeforeUserJoinedRoomEvent extends ABeforeJoinedRoomEvent {
	public function __construct(
		Room $room,
		protected IUser $user,
		string $password,
		bool $passedPasswordProtection,
	) {
		parent::__construct($room, $password, $passedPasswordProtection);
	}

	public function getUser(): IUser {
		return $this->user;
	}

	public function getPassword(): string {
		return $this->password;
	}
}
