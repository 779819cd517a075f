<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * A change Talk is about to make to a room, in plain values (no Talk types): what ModificationGuard judges.
 * Property names are Talk's (`ARoomModifiedEvent::PROPERTY_*`, talk.md §12.1).
 */
final class Modification {
	public const PASSWORD = 'password';
	public const LISTABLE = 'listable';
	public const LOBBY = 'lobby';
	public const MESSAGE_EXPIRATION = 'messageExpiration';
	public const SIP_ENABLED = 'sipEnabled';
	public const RECORDING_CONSENT = 'recordingConsent';
	public const TYPE = 'type';
	public const DESCRIPTION = 'description';
	/** The conversation's default permissions; 0 means the server's `default_permissions`. */
	public const DEFAULT_PERMISSIONS = 'defaultPermissions';
	public const BREAKOUT_ROOM_MODE = 'breakoutRoomMode';
	/** One attendee's permissions (Talk's participant property `permissions`, not a room property). */
	public const ATTENDEE_PERMISSIONS = 'permissions';

	/** The properties a registered plan constrains; changes of any other property are not looked at. */
	public const GUARDED = [
		self::PASSWORD,
		self::LISTABLE,
		self::LOBBY,
		self::MESSAGE_EXPIRATION,
		self::SIP_ENABLED,
		self::RECORDING_CONSENT,
		self::TYPE,
		self::DESCRIPTION,
		self::DEFAULT_PERMISSIONS,
		self::BREAKOUT_ROOM_MODE,
	];

	public function __construct(
		public readonly string $token,
		public readonly string $property,
		/** For `password` the new plaintext password ('' removes it). */
		public readonly string|int|null $newValue,
		public readonly string|int|null $oldValue = null,
		/** Lobby only: the timer that comes with the new state (unix seconds), null = none. */
		public readonly ?int $lobbyTimer = null,
		/** Lobby only: Talk opens the lobby because its timer passed (a side effect of reading the room). */
		public readonly bool $timerReached = false,
		/** Whether a participant asked for it through Talk's API; false for occ, cron, federation, other apps. */
		public readonly bool $byUser = false,
		/** Permissions only: the mask that a new value of 0 ("default") stands for. */
		public readonly ?int $inheritedPermissions = null,
	) {
	}

	/** The same change, with the mask that a new value of 0 stands for. */
	public function inheriting(int $permissions): self {
		return new self($this->token, $this->property, $this->newValue, $this->oldValue, $this->lobbyTimer, $this->timerReached, $this->byUser, $permissions);
	}
}
