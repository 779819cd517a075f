<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\Talk\Config;
use OCA\Talk\Exceptions\RoomNotFoundException;
use OCA\Talk\Manager;
use OCA\Talk\Service\ParticipantService;
use OCP\Talk\IBroker;

/**
 * What retention needs from Talk (checked against Talk 22): where a user's chat attachments and call
 * recordings live, who is in a room, the chat's expiry state, and deleting a room.
 *
 * Rooms are deleted through OCP's IBroker (stable API); only the "room already gone" case needs Talk's
 * own exception, and the rest has no OCP equivalent. Build this class only where Talk is enabled
 * (TalkResolver): its constructor needs Talk's services.
 */
class TalkRetention {
	public function __construct(
		private Config $config,
		private Manager $manager,
		private ParticipantService $participantService,
		private IBroker $broker,
	) {
	}

	/** The user's attachment folder (Talk's `attachment_folder` preference, default `/Talk`), relative to their files. */
	public function attachmentFolder(string $userId): string {
		return $this->config->getAttachmentFolder($userId);
	}

	/** The user's recording folder (`recording_folder`, default `<attachment folder>/Recording`); Talk stores a room's recordings in `<it>/<token>/`. */
	public function recordingFolder(string $userId): string {
		return $this->config->getRecordingFolder($userId);
	}

	/** The room's name and chat expiry state, or null when Talk has no such room. */
	public function chatState(string $token): ?ChatState {
		try {
			$room = $this->manager->getRoomByToken($token);
		} catch (RoomNotFoundException) {
			return null;
		}
		return new ChatState(
			name: $room->getName(),
			messageExpiration: $room->getMessageExpiration(),
			lastActivity: $room->getLastActivity()?->getTimestamp(),
		);
	}

	/**
	 * Users in the room: who may have recorded a call (only moderators can start one, and Talk stores the
	 * file in the starter's folder).
	 *
	 * @return list<string> empty when Talk has no such room
	 */
	public function userIds(string $token): array {
		try {
			$room = $this->manager->getRoomByToken($token);
		} catch (RoomNotFoundException) {
			return [];
		}
		return array_values(array_map('strval', $this->participantService->getParticipantUserIds($room)));
	}

	/**
	 * Deletes the room with everything Talk keeps of it (messages, attendees, room shares; files stay).
	 *
	 * @return bool false when there was no such room any more
	 */
	public function deleteRoom(string $token): bool {
		try {
			$this->broker->deleteConversation($token);
		} catch (RoomNotFoundException) {
			return false;
		}
		return true;
	}
}
