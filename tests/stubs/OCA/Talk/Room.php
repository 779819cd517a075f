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
 * The stub keeps only the fields the adapter reads; the real constructor takes Talk's services and ~30 columns.
 */
class Room {
	public const TYPE_ONE_TO_ONE = 1;
	public const TYPE_GROUP = 2;
	public const TYPE_PUBLIC = 3;

	public function __construct(
		private string $token = 'abcd1234',
		private int $type = self::TYPE_PUBLIC,
		private string $password = '',
		private int $listable = 0,
		private int $lobbyState = 0,
		private ?\DateTime $lobbyTimer = null,
		private int $messageExpiration = 0,
		private int $sipEnabled = 0,
		private int $callRecording = 0,
		private string $description = '',
		private int $recordingConsent = 0,
	) {
	}

	public function getType(): int {
		return $this->type;
	}

	public function getListable(): int {
		return $this->listable;
	}

	public function getMessageExpiration(): int {
		return $this->messageExpiration;
	}

	public function getLobbyState(bool $validateTime = true): int {
		return $this->lobbyState;
	}

	public function getLobbyTimer(bool $validateTime = true): ?\DateTime {
		return $this->lobbyTimer;
	}

	public function getSIPEnabled(): int {
		return $this->sipEnabled;
	}

	public function getToken(): string {
		return $this->token;
	}

	public function getDescription(): string {
		return $this->description;
	}

	public function hasPassword(): bool {
		return $this->password !== '';
	}

	public function getCallRecording(): int {
		return $this->callRecording;
	}

	public function getRecordingConsent(): int {
		return $this->recordingConsent;
	}
}
