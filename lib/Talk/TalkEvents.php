<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\Talk\Events\BeforeFederatedUserJoinedRoomEvent;
use OCA\Talk\Events\CallStartedEvent;
use OCA\Talk\Events\FederatedUserJoinedRoomEvent;
use OCA\Talk\Events\GuestJoinedRoomEvent;
use OCA\Talk\Events\UserJoinedRoomEvent;
use OCP\EventDispatcher\Event;

/**
 * Plain values from Talk's "it happened" events that auto-lock listens to. Static: reading an event
 * needs none of Talk's services.
 */
final class TalkEvents {
	/** The room somebody has just joined (after Talk created their session); null for other events. */
	public static function joinedRoomToken(Event $event): ?string {
		$joined = $event instanceof UserJoinedRoomEvent || $event instanceof GuestJoinedRoomEvent
			// The "before" event extends the "after" one for federated users.
			|| ($event instanceof FederatedUserJoinedRoomEvent && !$event instanceof BeforeFederatedUserJoinedRoomEvent);
		return $joined ? $event->getRoom()->getToken() : null;
	}

	/**
	 * The room whose call has just started and when (Unix seconds); null for other events.
	 *
	 * @return array{0: string, 1: int}|null
	 */
	public static function callStart(Event $event, int $now): ?array {
		if (!$event instanceof CallStartedEvent) {
			return null;
		}
		$since = $event->getNewValue();
		return [$event->getRoom()->getToken(), $since instanceof \DateTime ? $since->getTimestamp() : $now];
	}
}
