<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Db\RecordingStarterMapper;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use Psr\Log\LoggerInterface;

/**
 * Notes who started a recording of a safe meeting: Talk stores it in that user's folder, and retention
 * must look there also after they left the room.
 *
 * Fires for every change of every Talk room: anything but a started recording stops at the first check
 * without a lookup, and it never throws.
 *
 * @template-implements IEventListener<\OCA\Talk\Events\RoomModifiedEvent>
 */
class RecordingStartedListener implements IEventListener {
	public function __construct(
		private RegisteredRoomLookup $registeredRooms,
		private RecordingStarterMapper $starters,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		try {
			$started = TalkAdapter::recordingStarted($event);
			if ($started !== null && $this->registeredRooms->planFor($started['token']) !== null) {
				$this->starters->remember($started['token'], $started['userId']);
			}
		} catch (\Throwable $e) {
			$this->logger->error('Could not note who started the recording of a safe meeting; retention may not find it', ['app' => 'safe_meeting', 'exception' => $e]);
		}
	}
}
