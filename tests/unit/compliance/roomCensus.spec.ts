/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The shared census fixture (tests/fixtures/compliance/census.json): PHPUnit runs it against
 * TalkRoomTable's SQL counts, so both runtimes count the same rooms the same way.
 */
// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { roomCensus } from '../../../src/compliance/roomCensus.ts'

interface FixtureRoom { token: string, type: number, password: string | null, lobbyState: number, listable: number, sipEnabled: number }
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/compliance/census.json', import.meta.url), 'utf8')) as { rooms: FixtureRoom[], census: Record<string, number> }
const asRoom = (room: FixtureRoom) => ({ ...room, hasPassword: (room.password ?? '') !== '' })

describe('roomCensus', () => {
	it('counts the shared fixture as the PHP census does', () => {
		expect(roomCensus(fixture.rooms.map(asRoom))).toEqual(fixture.census)
	})

	it('counts nothing for no rooms', () => {
		expect(roomCensus([])).toEqual({ public: 0, publicWithoutPassword: 0, publicWithoutLobby: 0, listable: 0, sipWithoutPin: 0 })
	})

	it('does not count a private room without password or lobby as open', () => {
		expect(roomCensus([{ type: 2, hasPassword: false, lobbyState: 0, listable: 0, sipEnabled: 0 }]).publicWithoutPassword).toBe(0)
	})
})
