<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Retention\PendingRoomShares;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCA\SafeMeeting\Talk\TalkAdapter;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use Psr\Log\LoggerInterface;

/**
 * Just before Talk deletes a safe meeting's room (a moderator, Talk's own expiry, occ, or retention),
 * remembers the files of its room shares as pending: Talk then drops the shares by SQL without a share
 * event, and retention could not find the files again. RoomDeletedListener keeps the meeting for
 * retention once the room is really gone.
 *
 * Runs in background jobs and occ too: it never throws.
 *
 * @template-implements IEventListener<\OCA\Talk\Events\BeforeRoomDeletedEvent>
 */
class RoomDeletingListener implements IEventListener {
	public function __construct(
		private RegisteredRoomLookup $registeredRooms,
		private PendingRoomShares $pendingShares,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		try {
			$token = TalkAdapter::deletingRoomToken($event);
			if ($token !== null && $this->registeredRooms->planFor($token) !== null) {
				$this->pendingShares->rememberAll($token);
			}
		} catch (\Throwable $e) {
			$this->logger->error('Could not remember the shared files of a safe meeting whose room is being deleted; retention will not find them', ['app' => 'safe_meeting', 'exception' => $e]);
		}
	}
}
