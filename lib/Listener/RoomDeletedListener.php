<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Service\MeetingService;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCA\Talk\Events\RoomDeletedEvent;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use Psr\Log\LoggerInterface;

/**
 * When Talk deletes a room, its registration goes too (cached plan, admissions, marks): the meeting is no
 * longer guarded or listed, and its row stays marked for retention (MeetingService::unregisterDeletedRoom). Talk's RoomDeletedEvent, not BeforeRoomDeletedEvent: it fires
 * once the room is really gone, so a deletion that fails halfway leaves the meeting guarded.
 *
 * Runs in background jobs and occ too (retention, expired and empty rooms): it never throws.
 *
 * @template-implements IEventListener<RoomDeletedEvent>
 */
class RoomDeletedListener implements IEventListener {
	public function __construct(
		private MeetingService $meetings,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		try {
			$token = TalkAdapter::deletedRoomToken($event);
			if ($token !== null) {
				$this->meetings->unregisterDeletedRoom($token);
			}
		} catch (\Throwable $e) {
			$this->logger->error('Could not handle the deletion of a Talk room', ['app' => 'safe_meeting', 'exception' => $e]);
		}
	}
}
