<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Event;

use OCA\SafeMeeting\Service\LockActor;
use OCP\EventDispatcher\Event;

/**
 * Dispatched after a safe meeting was locked, unlocked, ended, or somebody was admitted while locked.
 * Audit entries and the bot's chat notices hang off it.
 */
class MeetingLockChangedEvent extends Event {
	public const LOCKED = 'locked';
	public const UNLOCKED = 'unlocked';
	public const ADMITTED = 'admitted';
	public const ENDED = 'ended';

	public function __construct(
		private string $token,
		/** @var self::LOCKED|self::UNLOCKED|self::ADMITTED|self::ENDED */
		private string $action,
		/** The moderator; null when the plan locked the meeting by itself. */
		private ?LockActor $actor,
		/** Why it locked (`moderator`, `all-joined`, `minutes-after-start`, `ended`); '' otherwise. */
		private string $reason = '',
		/** Whom a moderator admitted, as the chat may show it: a display name, or '' for an e-mail guest. */
		private string $admittedName = '',
		/** Whom, for the audit log: `users/<id>`, or `emails` (the address is not logged). */
		private string $admittedActor = '',
	) {
		parent::__construct();
	}

	public function getToken(): string {
		return $this->token;
	}

	public function getAction(): string {
		return $this->action;
	}

	public function getActor(): ?LockActor {
		return $this->actor;
	}

	public function getReason(): string {
		return $this->reason;
	}

	public function getAdmittedName(): string {
		return $this->admittedName;
	}

	public function getAdmittedActor(): string {
		return $this->admittedActor;
	}
}
