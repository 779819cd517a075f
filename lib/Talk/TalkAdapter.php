<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\Talk\Exceptions\ParticipantNotFoundException;
use OCA\Talk\Exceptions\RoomNotFoundException;
use OCA\Talk\Manager;
use OCA\Talk\Service\ParticipantService;

/**
 * The only class that touches Talk-internal PHP classes (design.md §2). They carry no compatibility
 * promise, so everything Safe Meeting reads from Talk goes through here (checked against Talk 22).
 */
class TalkAdapter {
	public function __construct(
		private Manager $manager,
		private ParticipantService $participantService,
	) {
	}

	/**
	 * The room as the user can see it, or null when it does not exist or the user may not see it.
	 */
	public function getRoomState(string $token, string $userId): ?RoomState {
		try {
			$room = $this->manager->getRoomForUserByToken($token, $userId);
		} catch (RoomNotFoundException) {
			return null;
		}
		try {
			// Session false: no session is needed to know the attendee's type.
			$participant = $this->participantService->getParticipant($room, $userId, false);
			// Guest moderators cannot be the logged-in caller; only owners and moderators count.
			$moderates = $participant->hasModeratorPermissions(false);
		} catch (ParticipantNotFoundException) {
			// Public rooms are returned to non-attendees too.
			$moderates = false;
		}
		return new RoomState(
			token: $room->getToken(),
			type: $room->getType(),
			hasPassword: $room->hasPassword(),
			listable: $room->getListable(),
			lobbyState: $room->getLobbyState(),
			lobbyTimer: $room->getLobbyTimer()?->getTimestamp() ?? 0,
			messageExpiration: $room->getMessageExpiration(),
			sipEnabled: $room->getSIPEnabled(),
			callRecording: $room->getCallRecording(),
			description: $room->getDescription(),
			moderatedByUser: $moderates,
		);
	}
}
