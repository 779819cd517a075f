<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

/**
 * A request to Talk's OCS API that Safe Meeting checks (or prepares for) before Talk's controller runs, in plain values:
 * what it would do, in which room, and the `error` value Talk's endpoint uses for such a refusal.
 */
final class GuardedTalkRequest {
	/** `RecordingController::start`. */
	public const RECORDING_START = 'recording-start';
	/**
	 * Someone without an account of this server whom Talk adds through `ParticipantService::addUsers` (which
	 * fires BeforeAttendeesAddedEvent): `RoomController::addParticipantToRoom` with source `phones` (SIP
	 * dial-out) or `federated_users`.
	 */
	public const OUTSIDE_PARTICIPANT = 'outside-participant';
	/**
	 * E-mail guests, whom Talk 22 adds with no event before the insert: `RoomController::addParticipantToRoom`
	 * with source `emails`, or `importEmailsAsParticipants` (not as a test run).
	 */
	public const EMAIL_GUEST = 'email-guest';
	/** `BotController::enableBot`: a bot then receives the conversation's messages. */
	public const BOT_ENABLE = 'bot-enable';
	/**
	 * `MatterbridgeController::editBridgeOfRoom` enabling the bridge: Matterbridge then relays every message
	 * to other chat services and theirs into the conversation.
	 */
	public const BRIDGE_ENABLE = 'bridge-enable';
	/**
	 * `ChatController::clearHistory`: Talk drops the room's shares by SQL, with no share event, so retention
	 * remembers their files first. Never refused.
	 */
	public const CLEAR_HISTORY = 'clear-history';

	public function __construct(
		/** @var self::RECORDING_START|self::OUTSIDE_PARTICIPANT|self::EMAIL_GUEST|self::BOT_ENABLE|self::BRIDGE_ENABLE|self::CLEAR_HISTORY */
		public readonly string $action,
		public readonly string $token,
		/** Talk's own `error` value for the endpoint, so clients handle the refusal as Talk's. */
		public readonly string $error,
		/** BOT_ENABLE only: the bot's id on this server. */
		public readonly ?int $botId = null,
		/**
		 * EMAIL_GUEST only: the actor id Talk gives the guest (SHA-256 of the lower-cased address), null for a
		 * CSV import, whose addresses are in the uploaded file.
		 */
		public readonly ?string $emailActorId = null,
	) {
	}
}
