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
		/** Whether participants are asked before a recording: the server's setting, the room's only where the server leaves it to rooms. */
		public readonly int $recordingConsent,
		public readonly string $description,
		/** Whether the user asked about is an owner or moderator of the room. */
		public readonly bool $moderatedByUser,
		/** The permissions of participants without permissions of their own: the room's default, else the server's. */
		public readonly int $defaultPermissions,
		/** 0 = no breakout rooms configured. */
		public readonly int $breakoutRoomMode,
		/** The parent room's token when this room is a breakout room, else ''. */
		public readonly string $breakoutParent,
		/** Whether this is the local copy of a room hosted on another server (federation). */
		public readonly bool $federated,
		/** @var array<string, int> room settings the admin forces on every conversation (Talk 24+), by Talk's parameter name */
		public readonly array $forced = [],
		/** Whether the password given with the question is the room's guest password. */
		public readonly bool $passwordMatches = false,
		/** What Talk bound the room to (talk.md §2.2): '' for an ordinary conversation. */
		public readonly string $objectType = '',
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

	/**
	 * The room as ServerRoomChecker reads it: what Talk's API does not show the browser's checkRoom.
	 * @return array{defaultPermissions: int, breakoutRoomMode: int, breakoutParent: string, federated: bool, forced: array<string, int>, objectType: string}
	 */
	public function serverFacts(): array {
		return [
			'objectType' => $this->objectType,
			'defaultPermissions' => $this->defaultPermissions,
			'breakoutRoomMode' => $this->breakoutRoomMode,
			'breakoutParent' => $this->breakoutParent,
			'federated' => $this->federated,
			'forced' => $this->forced,
		];
	}
}
