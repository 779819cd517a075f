<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Chat\ChatManager: signature checked against nextcloud/spreed (Talk 22.0.11, tf200 fork HEAD 181f1be); not the real implementation.
 */

namespace OCA\Talk\Chat;

use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCP\Comments\IComment;

class ChatManager {
	public function sendMessage(
		Room $chat,
		?Participant $participant,
		string $actorType,
		string $actorId,
		string $message,
		\DateTime $creationDateTime,
		?IComment $replyTo = null,
		string $referenceId = '',
		bool $silent = false,
		bool $rateLimitGuestMentions = true,
		int $threadId = 0,
	): IComment {
		throw new \LogicException('stub');
	}
}
