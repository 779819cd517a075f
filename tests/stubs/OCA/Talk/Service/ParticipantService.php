<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Service\ParticipantService: signature checked against nextcloud/spreed (Talk 22.0.11); not the real implementation.
 */

namespace OCA\Talk\Service;

use OCA\Talk\Exceptions\ParticipantNotFoundException;
use OCA\Talk\Model\Attendee;
use OCA\Talk\Participant;
use OCA\Talk\Room;
use OCP\IUser;

class ParticipantService {
	/**
	 * @param string|null|false $sessionId
	 * @throws ParticipantNotFoundException
	 */
	public function getParticipant(Room $room, ?string $userId, $sessionId = null): Participant {
		throw new ParticipantNotFoundException();
	}

	/**
	 * @throws ParticipantNotFoundException
	 */
	public function getParticipantByActor(Room $room, string $actorType, string $actorId): Participant {
		throw new ParticipantNotFoundException();
	}

	/**
	 * @return Participant[]
	 */
	public function getParticipantsForRoom(Room $room): array {
		return [];
	}

	/**
	 * @return Participant[]
	 */
	public function getSessionsAndParticipantsForRoom(Room $room): array {
		return [];
	}

	public function updateParticipantType(Room $room, Participant $participant, int $participantType): void {
	}

	/**
	 * @return list<Attendee>
	 */
	public function addUsers(Room $room, array $participants, ?IUser $addedBy = null, bool $bansAlreadyChecked = false): array {
		return [];
	}

	public function inviteEmailAddress(Room $room, string $actorId, string $email, ?string $name = null): Participant {
		throw new \LogicException('stub');
	}

	public function endCallForEveryone(Room $room, ?Participant $moderator): void {
	}

	/**
	 * @return string[]
	 */
	public function getParticipantUserIds(Room $room, ?\DateTime $maxLastJoined = null): array {
		return [];
	}

	public function updateReadPrivacyForActor(string $actorType, string $actorId, int $readPrivacy): void {
	}

	public function getNumberOfActors(Room $room): int {
		return 0;
	}
}
