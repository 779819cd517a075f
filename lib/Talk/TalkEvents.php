<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\Talk\Events\AParticipantModifiedEvent;
use OCA\Talk\Events\CallStartedEvent;
use OCA\Talk\Events\ParticipantModifiedEvent;
use OCA\Talk\Participant;
use OCP\EventDispatcher\Event;

/**
 * Plain values from Talk's "it happened" events that auto-lock listens to. Static: reading an event
 * needs none of Talk's services.
 */
final class TalkEvents {
	/**
	 * The room in whose call somebody has just joined (Talk's ParticipantModifiedEvent for `inCall`, from
	 * "not in the call" to any call flags); null for other events and for leaving or changing flags.
	 */
	public static function joinedCallToken(Event $event): ?string {
		if (!$event instanceof ParticipantModifiedEvent || $event->getProperty() !== AParticipantModifiedEvent::PROPERTY_IN_CALL) {
			return null;
		}
		$joined = (int)$event->getNewValue() !== Participant::FLAG_DISCONNECTED && (int)$event->getOldValue() === Participant::FLAG_DISCONNECTED;
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
