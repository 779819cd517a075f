<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Db\ActorMarkMapper;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\Talk\Events\GuestJoinedRoomEvent;
use OCA\Talk\Model\Attendee;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use Psr\Log\LoggerInterface;

/**
 * Remembers the actor id of each guest who joined a safe meeting (Talk's SHA-1 of the guest's first
 * session id, which Talk also keeps in the guest's browser session). Talk deletes a nameless guest's
 * attendee 100 s after their connection dropped; the mark lets them back into a locked meeting from the
 * same browser session (README, "Who counts as already in"). Never throws: the guest has joined.
 *
 * @template-implements IEventListener<GuestJoinedRoomEvent>
 */
class GuestJoinedListener implements IEventListener {
	public function __construct(
		private RegisteredRoomLookup $rooms,
		private ActorMarkMapper $marks,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof GuestJoinedRoomEvent) {
			return;
		}
		$token = $event->getRoom()->getToken();
		$attendee = $event->getParticipant()->getAttendee();
		try {
			// E-mail guests keep their attendee: Talk cleans up link guests only.
			if ($attendee->getActorType() === Attendee::ACTOR_GUESTS && $this->rooms->planFor($token) !== null) {
				$this->marks->mark($token, ActorMarkMapper::GUEST, Attendee::ACTOR_GUESTS, $attendee->getActorId());
			}
		} catch (\Throwable $e) {
			$this->logger->error('Could not remember a guest of a safe meeting', ['app' => 'safe_meeting', 'token' => $token, 'exception' => $e]);
		}
	}
}
