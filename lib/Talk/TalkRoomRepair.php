<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCA\Talk\Exceptions\RoomNotFoundException;
use OCA\Talk\Exceptions\RoomProperty\RecordingConsentException;
use OCA\Talk\Manager;
use OCA\Talk\Service\RoomService;

/**
 * Puts a room back to what its plan says where a server-wide change weakened it and Talk lets the room's
 * own setting restore it, through Talk's own services (so Talk's events fire and the guards see it).
 */
class TalkRoomRepair {
	private const CONSENT_REQUIRED = 1;

	public function __construct(
		private Manager $manager,
		private RoomService $roomService,
		private TalkServerSettings $settings,
	) {
	}

	/**
	 * Whether a room's own consent setting counts at all: only where the server leaves consent to each room.
	 * Where the server never asks (or always does), no room setting changes anything.
	 */
	public function canRestoreRecordingConsent(): bool {
		return $this->settings->consentIsDecidedPerRoom();
	}

	/**
	 * Makes the room ask for consent before a recording again (the admin switched `recording_consent` to
	 * "each conversation decides" while the room's own value was off).
	 *
	 * @return bool whether the room was changed (false: gone, or it asks already)
	 * @throws RecordingConsentException during a call (Talk refuses turning consent on then; try later)
	 */
	public function restoreRecordingConsent(string $token): bool {
		if (!$this->canRestoreRecordingConsent()) {
			return false;
		}
		try {
			$room = $this->manager->getRoomByToken($token);
		} catch (RoomNotFoundException) {
			return false;
		}
		if ($room->getRecordingConsent() === self::CONSENT_REQUIRED) {
			return false;
		}
		$this->roomService->setRecordingConsent($room, self::CONSENT_REQUIRED);
		return true;
	}
}
