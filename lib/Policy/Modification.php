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
	) {
	}
}
