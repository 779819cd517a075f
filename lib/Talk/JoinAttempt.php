<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

/**
 * Somebody about to join a Talk room (or to enter its password), in plain values: what kind of
 * participant, and whether Talk already knows them in this room (README, "Who counts as already in").
 */
final class JoinAttempt {
	/** A logged-in user (Talk's BeforeUserJoinedRoomEvent). */
	public const USER = 'user';
	/** Anybody without an account: link guests and e-mail guests (BeforeGuestJoinedRoomEvent). */
	public const GUEST = 'guest';
	/** A user of another server (BeforeFederatedUserJoinedRoomEvent). */
	public const FEDERATED = 'federated';

	/**
	 * Has an attendee entry: invited users (also those who never opened it), group members, federated users;
	 * not somebody Talk added to the locked meeting outside its API without an admission.
	 */
	public const ATTENDEE = 'attendee';
	/** A guest whose browser session is the one an existing guest attendee, or a guest Talk has cleaned up since, joined with. */
	public const RETURNING_GUEST = 'returning-guest';
	/** An e-mail guest who opened their personal invitation link. */
	public const INVITED_GUEST = 'invited-guest';
	/** Anybody else: would become a new attendee by joining. */
	public const NEWCOMER = 'newcomer';

	public function __construct(
		public readonly string $token,
		/** @var self::USER|self::GUEST|self::FEDERATED */
		public readonly string $kind,
		/** @var self::ATTENDEE|self::RETURNING_GUEST|self::INVITED_GUEST|self::NEWCOMER */
		public readonly string $presence,
		/** Owner, moderator or guest moderator of the room. */
		public readonly bool $moderator = false,
		/** Talk's actor of a newcomer who could hold an admission (`users` + user id), else null. */
		public readonly ?string $actorType = null,
		public readonly ?string $actorId = null,
	) {
	}

	public function isNewcomer(): bool {
		return $this->presence === self::NEWCOMER;
	}
}
