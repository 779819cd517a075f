<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Talk;

use OCP\DB\QueryBuilder\IQueryBuilder;
use OCP\IDBConnection;

/**
 * Reads Talk's rooms table (`talk_rooms`, Talk 22) directly, for questions about many rooms at once:
 * Talk's Manager answers one room per query and only for a given user, which would cost one query per
 * room for the compliance census and the admin's overview of every safe meeting. Columns as Talk's own
 * Manager::createRoomObject reads them. Throws when Talk's table is missing (Talk not installed).
 */
class TalkRoomTable {
	public const TABLE = 'talk_rooms';
	private const PUBLIC = 3;
	private const LOBBY_NONE = 0;
	private const SIP_WITHOUT_PIN = 2;
	/** Oracle refuses IN lists longer than 1000. */
	private const CHUNK = 1000;

	public function __construct(
		private IDBConnection $db,
	) {
	}

	/** @throws \OCP\DB\Exception */
	public function census(): RoomCensus {
		$public = $this->count(fn (IQueryBuilder $qb) => [$qb->expr()->eq('type', $qb->createNamedParameter(self::PUBLIC, IQueryBuilder::PARAM_INT))]);
		$withPassword = $this->count(fn (IQueryBuilder $qb) => [
			$qb->expr()->eq('type', $qb->createNamedParameter(self::PUBLIC, IQueryBuilder::PARAM_INT)),
			$qb->expr()->nonEmptyString('password'),
		]);
		return new RoomCensus(
			public: $public,
			publicWithoutPassword: $public - $withPassword,
			publicWithoutLobby: $this->count(fn (IQueryBuilder $qb) => [
				$qb->expr()->eq('type', $qb->createNamedParameter(self::PUBLIC, IQueryBuilder::PARAM_INT)),
				$qb->expr()->eq('lobby_state', $qb->createNamedParameter(self::LOBBY_NONE, IQueryBuilder::PARAM_INT)),
			]),
			listable: $this->count(fn (IQueryBuilder $qb) => [$qb->expr()->gt('listable', $qb->createNamedParameter(0, IQueryBuilder::PARAM_INT))]),
			sipWithoutPin: $this->count(fn (IQueryBuilder $qb) => [$qb->expr()->eq('sip_enabled', $qb->createNamedParameter(self::SIP_WITHOUT_PIN, IQueryBuilder::PARAM_INT))]),
		);
	}

	/**
	 * The rooms with these tokens as Talk has them now; tokens without a room are missing from the result.
	 * `moderatedByUser` is false: no user is asked about. The server's settings give what a room's column
	 * leaves to them (recording consent, default permissions), as TalkAdapter::getRoomState reads them.
	 *
	 * @param list<string> $tokens
	 * @return array<string, RoomState> by token
	 * @throws \OCP\DB\Exception
	 */
	public function statesByToken(array $tokens, TalkServerSettings $settings): array {
		$states = [];
		$forced = null;
		foreach (array_chunk(array_values(array_unique($tokens)), self::CHUNK) as $chunk) {
			$qb = $this->db->getQueryBuilder();
			$qb->select('token', 'type', 'password', 'listable', 'lobby_state', 'lobby_timer', 'message_expiration', 'sip_enabled', 'call_recording', 'recording_consent', 'description', 'default_permissions', 'breakout_room_mode', 'object_type', 'object_id', 'remote_server')
				->from(self::TABLE)
				->where($qb->expr()->in('token', $qb->createNamedParameter($chunk, IQueryBuilder::PARAM_STR_ARRAY)));
			$result = $qb->executeQuery();
			while (($row = $result->fetch()) !== false) {
				$states[(string)$row['token']] = self::stateOf($row, $settings, $forced ??= $settings->forcedRoomSettings());
			}
			$result->closeCursor();
		}
		return $states;
	}

	/**
	 * @param array<string, mixed> $row
	 * @param array<string, int> $forced
	 */
	private static function stateOf(array $row, TalkServerSettings $settings, array $forced): RoomState {
		$timer = $row['lobby_timer'] ?? null;
		return new RoomState(
			token: (string)$row['token'],
			type: (int)$row['type'],
			hasPassword: (string)($row['password'] ?? '') !== '',
			listable: (int)$row['listable'],
			lobbyState: (int)$row['lobby_state'],
			// Talk stores the timer as a DATETIME in UTC.
			lobbyTimer: is_string($timer) && $timer !== '' ? (new \DateTimeImmutable($timer, new \DateTimeZone('UTC')))->getTimestamp() : 0,
			messageExpiration: (int)$row['message_expiration'],
			sipEnabled: (int)$row['sip_enabled'],
			callRecording: (int)$row['call_recording'],
			recordingConsent: $settings->effectiveRecordingConsent((int)$row['recording_consent']),
			description: (string)($row['description'] ?? ''),
			moderatedByUser: false,
			defaultPermissions: $settings->effectiveDefaultPermissions((int)$row['default_permissions']),
			breakoutRoomMode: (int)$row['breakout_room_mode'],
			breakoutParent: ($row['object_type'] ?? '') === TalkAdapter::BREAKOUT_OBJECT_TYPE ? (string)$row['object_id'] : '',
			federated: (string)($row['remote_server'] ?? '') !== '',
			forced: $forced,
			objectType: (string)($row['object_type'] ?? ''),
		);
	}

	/** @param callable(IQueryBuilder): list<string> $where */
	private function count(callable $where): int {
		$qb = $this->db->getQueryBuilder();
		$qb->select($qb->func()->count('*', 'n'))->from(self::TABLE)->where(...$where($qb));
		$result = $qb->executeQuery();
		$count = (int)$result->fetch()['n'];
		$result->closeCursor();
		return $count;
	}
}
