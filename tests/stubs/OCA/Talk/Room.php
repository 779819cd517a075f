<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCA\Talk\Room: signature checked against nextcloud/spreed (Talk 22.0.11); not the real implementation.
 */

namespace OCA\Talk;

/**
 * Signatures only (Talk 22): tests mock this class (tests/php/Support/TalkRooms.php), as they must with
 * the real one, whose constructor takes Talk's services and the room's 32 columns.
 */
class Room {
	public const TYPE_ONE_TO_ONE = 1;
	public const TYPE_GROUP = 2;
	public const TYPE_PUBLIC = 3;

	public const RECORDING_VIDEO = 1;
	public const RECORDING_AUDIO = 2;

	public function getId(): int {
		throw new \LogicException('stub: mock Room');
	}

	public function getType(): int {
		throw new \LogicException('stub: mock Room');
	}

	public function getListable(): int {
		throw new \LogicException('stub: mock Room');
	}

	public function getMessageExpiration(): int {
		throw new \LogicException('stub: mock Room');
	}

	public function getLobbyState(bool $validateTime = true): int {
		throw new \LogicException('stub: mock Room');
	}

	public function getLobbyTimer(bool $validateTime = true): ?\DateTime {
		throw new \LogicException('stub: mock Room');
	}

	public function getSIPEnabled(): int {
		throw new \LogicException('stub: mock Room');
	}

	public function getToken(): string {
		throw new \LogicException('stub: mock Room');
	}

	public function getDescription(): string {
		throw new \LogicException('stub: mock Room');
	}

	public function hasPassword(): bool {
		throw new \LogicException('stub: mock Room');
	}

	public function getPassword(): string {
		throw new \LogicException('stub: mock Room');
	}

	public function getCallRecording(): int {
		throw new \LogicException('stub: mock Room');
	}

	public function getRecordingConsent(): int {
		throw new \LogicException('stub: mock Room');
	}

	public function getDefaultPermissions(): int {
		throw new \LogicException('stub: mock Room');
	}

	public function getObjectType(): string {
		throw new \LogicException('stub: mock Room');
	}

	public function getObjectId(): string {
		throw new \LogicException('stub: mock Room');
	}

	public function getBreakoutRoomMode(): int {
		throw new \LogicException('stub: mock Room');
	}

	public function isFederatedConversation(): bool {
		throw new \LogicException('stub: mock Room');
	}

	/**
	 * @param string|false|null $sessionId
	 */
	public function getParticipant(?string $userId, $sessionId = null): Participant {
		throw new \LogicException('stub: mock Room');
	}

	public function getName(): string {
		throw new \LogicException('stub: mock Room');
	}

	public function getLastActivity(): ?\DateTime {
		throw new \LogicException('stub: mock Room');
	}

	public function getActiveSince(): ?\DateTime {
		throw new \LogicException('stub: mock Room');
	}
}
