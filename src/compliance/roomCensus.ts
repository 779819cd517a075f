/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The room-level criteria of compliance.md (5 access protection, 7 waiting room, 15 dial-in) over any
 * number of Talk rooms, in one pass. Twin of PHP's TalkRoomTable::census (SQL counts); both are checked
 * against tests/fixtures/compliance/census.json.
 */
import type { CheckableRoom } from '../policy/checkRoom.ts'

/** What the census needs of a room (Talk's API field names). */
export type RoomFacts = Pick<CheckableRoom, 'type' | 'hasPassword' | 'lobbyState' | 'listable' | 'sipEnabled'>

export interface RoomCensus {
	/** Rooms with a guest link (type 3). */
	public: number
	publicWithoutPassword: number
	publicWithoutLobby: number
	/** Rooms other users find and join without the password (listable 1 or 2). */
	listable: number
	/** Rooms with dial-in and no PIN (sipEnabled 2). */
	sipWithoutPin: number
}

const PUBLIC = 3
const SIP_WITHOUT_PIN = 2

export function roomCensus(rooms: Iterable<RoomFacts>): RoomCensus {
	const census: RoomCensus = { public: 0, publicWithoutPassword: 0, publicWithoutLobby: 0, listable: 0, sipWithoutPin: 0 }
	for (const room of rooms) {
		if (room.type === PUBLIC) {
			census.public++
			if (!room.hasPassword) {
				census.publicWithoutPassword++
			}
			if (room.lobbyState === 0) {
				census.publicWithoutLobby++
			}
		}
		if (room.listable > 0) {
			census.listable++
		}
		if (room.sipEnabled === SIP_WITHOUT_PIN) {
			census.sipWithoutPin++
		}
	}
	return census
}
