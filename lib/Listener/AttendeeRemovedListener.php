<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\Talk\Events\AttendeeRemovedEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use Psr\Log\LoggerInterface;

/**
 * When somebody is removed from a safe meeting (a moderator removed or banned them, or a user left),
 * the lock's marks of them go: a removed guest's browser session no longer brings them back into the
 * locked meeting. Talk's clean-up of disconnected guests fires only AttendeesRemovedEvent, not this
 * event, so it leaves a guest's mark alone. Runs in background paths too: it never throws.
 *
 * @template-implements IEventListener<AttendeeRemovedEvent>
 */
class AttendeeRemovedListener implements IEventListener {
	public function __construct(
		private RegisteredRoomLookup $rooms,
		private ActorMarkMapper $marks,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof AttendeeRemovedEvent) {
			return;
		}
		$token = $event->getRoom()->getToken();
		$attendee = $event->getAttendee();
		try {
			if ($this->rooms->planFor($token) !== null) {
				$this->marks->forgetActor($token, $attendee->getActorType(), $attendee->getActorId());
			}
		} catch (\Throwable $e) {
			$this->logger->error('Could not forget a removed participant of a safe meeting', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
		}
	}
}
