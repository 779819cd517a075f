<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Test stub of OCP\User\Events\UserCreatedEvent: same as nextcloud/ocp stable32.
 */

namespace OCP\User\Events;

use OCP\EventDispatcher\Event;
use OCP\IUser;

class UserCreatedEvent extends Event {
	private $user;

	private $password;

	public function __construct(IUser $user,
		string $password) {
		parent::__construct();
		$this->user = $user;
		$this->password = $password;
	}

	public function getUser(): IUser {
		return $this->user;
	}

	public function getUid(): string {
		return $this->user->getUID();
	}

	public function getPassword(): string {
		return $this->password;
	}
}
