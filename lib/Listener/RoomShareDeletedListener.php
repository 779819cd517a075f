<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Listener;

use OCA\SafeMeeting\Db\PendingFileMapper;
use OCA\SafeMeeting\Retention\RoomShare;
use OCA\SafeMeeting\Service\RegisteredRoomLookup;
use OCP\EventDispatcher\Event;
use OCP\EventDispatcher\IEventListener;
use OCP\Share\Events\ShareDeletedEvent;
use OCP\Share\IShare;
use Psr\Log\LoggerInterface;

/**
 * Remembers the file when a safe meeting's room share goes before retention decided about the file:
 * Talk gives room shares the chat's expiry, and core deletes an expired share whenever it is next loaded,
 * after which nothing links the file in the uploader's Talk folder to the meeting any more
 * (talk.md §7.2). Retention deletes (or keeps, and notes) the file when its time comes.
 *
 * Fires for every share deleted anywhere: anything but a room share stops at the first check, and it
 * never throws.
 *
 * @template-implements IEventListener<ShareDeletedEvent>
 */
class RoomShareDeletedListener implements IEventListener {
	public function __construct(
		private RegisteredRoomLookup $registeredRooms,
		private PendingFileMapper $pending,
		private LoggerInterface $logger,
	) {
	}

	public function handle(Event $event): void {
		if (!$event instanceof ShareDeletedEvent) {
			return;
		}
		try {
			$share = $event->getShare();
			if ($share->getShareType() !== IShare::TYPE_ROOM) {
				return;
			}
			$token = (string)$share->getSharedWith();
			if ($this->registeredRooms->planFor($token) === null) {
				return;
			}
			$this->pending->remember(new RoomShare(
				id: 0,
				token: $token,
				owner: (string)$share->getShareOwner(),
				sharedBy: (string)$share->getSharedBy(),
				fileId: $share->getNodeId(),
				itemType: (string)$share->getNodeType(),
				target: (string)$share->getTarget(),
				sharedAt: $share->getShareTime()->getTimestamp(),
			));
		} catch (\Throwable $e) {
			$this->logger->error('Could not remember the file of a deleted room share; retention will not find it', ['app' => 'safe_meeting', 'exception' => $e]);
		}
	}
}
