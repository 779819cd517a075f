<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

/**
 * What Safe Meeting needs to know about a Talk room, in Talk's API terms (talk.md §8), with no Talk types.
 */
final class RoomState {
	public function __construct(
		public readonly string $token,
		public readonly int $type,
		public readonly bool $hasPassword,
		public readonly int $listable,
		public readonly int $lobbyState,
		/** Unix seconds; 0 = no timer. */
		public readonly int $lobbyTimer,
		public readonly int $messageExpiration,
		public readonly int $sipEnabled,
		public readonly int $callRecording,
		/** The room's own consent setting (Talk's API shows the server's where moderators may not decide). */
		public readonly int $recordingConsent,
		public readonly string $description,
		/** Whether the user asked about is an owner or moderator of the room. */
		public readonly bool $moderatedByUser,
	) {
	}

	/**
	 * The room as RoomChecker (checkRoom.ts) reads it.
	 * @return array{type: int, hasPassword: bool, listable: int, lobbyState: int, lobbyTimer: int, messageExpiration: int, sipEnabled: int, callRecording: int, recordingConsent: int, description: string}
	 */
	public function toCheckable(): array {
		return [
			'type' => $this->type,
			'hasPassword' => $this->hasPassword,
			'listable' => $this->listable,
			'lobbyState' => $this->lobbyState,
			'lobbyTimer' => $this->lobbyTimer,
			'messageExpiration' => $this->messageExpiration,
			'sipEnabled' => $this->sipEnabled,
			'callRecording' => $this->callRecording,
			'recordingConsent' => $this->recordingConsent,
			'description' => $this->description,
		];
	}
}
