<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

/**
 * A chat message Talk handed to our bot, in plain values. Only what a command needs: the text and who
 * wrote it. Nothing of it is stored.
 */
final class BotMessage {
	public function __construct(
		public readonly string $token,
		/** The message with mentions in Talk's quoted syntax: `@"carol"`, `@"email/<hash>"` (TalkBot::withMentions). */
		public readonly string $text,
		/** Talk's actor: `users`, `guests`, `emails`, `federated_users`. */
		public readonly string $actorType,
		public readonly string $actorId,
		public readonly string $actorName,
		/** Owner, moderator or guest moderator, as Talk says with the message. */
		public readonly bool $fromModerator,
	) {
	}
}
