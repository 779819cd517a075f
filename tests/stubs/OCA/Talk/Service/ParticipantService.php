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
use OCA\Talk\Participant;
use OCA\Talk\Room;

class ParticipantService {
	/**
	 * @param string|null|false $sessionId
	 * @throws ParticipantNotFoundException
	 */
	public function getParticipant(Room $room, ?string $userId, $sessionId = null): Participant {
		throw new ParticipantNotFoundException();
	}
}
