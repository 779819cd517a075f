<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCA\SafeMeeting\Tests\Support\Db\SqliteConnection;

/**
 * Talk 22's rooms table (`oc_talk_rooms`, the columns Safe Meeting reads, with Talk's types and
 * defaults) in an SQLite connection, and rows for it.
 */
class TalkRoomsTable {
	public function __construct(
		private SqliteConnection $db,
	) {
		$db->dbal()->executeStatement('CREATE TABLE "oc_talk_rooms" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "token" VARCHAR(32) NOT NULL, "type" INTEGER NOT NULL,'
			. ' "password" VARCHAR(255) DEFAULT \'\', "listable" SMALLINT NOT NULL DEFAULT 0, "lobby_state" INTEGER NOT NULL DEFAULT 0,'
			. ' "lobby_timer" DATETIME NULL, "message_expiration" INTEGER NOT NULL DEFAULT 0, "sip_enabled" SMALLINT NOT NULL DEFAULT 0,'
			. ' "call_recording" INTEGER NOT NULL DEFAULT 0, "recording_consent" INTEGER NOT NULL DEFAULT 0, "description" TEXT NULL,'
			. ' "default_permissions" INTEGER NOT NULL DEFAULT 0, "breakout_room_mode" INTEGER NOT NULL DEFAULT 0, "object_type" VARCHAR(64) NOT NULL DEFAULT \'\','
			. ' "object_id" VARCHAR(64) NOT NULL DEFAULT \'\', "remote_server" VARCHAR(512) NULL)');
	}

	/** @param array<string, int|string|null> $columns */
	public function add(string $token, array $columns = []): void {
		$this->db->dbal()->insert('oc_talk_rooms', array_merge(['token' => $token, 'type' => 3], $columns));
	}
}
