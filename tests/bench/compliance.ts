/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Budget of the admin's compliance overview (issue #10): the pure TypeScript evaluator over 10 000
 * rooms — the room-level census (criteria 5, 7, 15) and every safe meeting against its plan — stays
 * under 50 ms. The rooms are generated from a fixed seed, so every run measures the same work.
 */
import type { CheckablePlan, CheckableRoom } from '../../src/policy/checkRoom.ts'

import { performance } from 'node:perf_hooks'
import { judgeMeetings } from '../../src/compliance/meetingCompliance.ts'
import { roomCensus } from '../../src/compliance/roomCensus.ts'
import { defaultPolicy } from '../../src/policy/defaultPolicy.ts'

export const ROOMS = 10_000
export const BUDGET_MS = 50
const RUNS = 25
const NOW = 1_900_000_000

/** mulberry32: a small seeded generator, so the rooms are the same on every run. */
function random(seed: number): () => number {
	let state = seed
	return () => {
		state = (state + 0x6D2B79F5) | 0
		let t = Math.imul(state ^ (state >>> 15), 1 | state)
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296
	}
}

function generate(count: number): { plan: CheckablePlan, room: CheckableRoom | null }[] {
	const next = random(20261201)
	const notice = defaultPolicy().privacyNotice
	const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!
	return Array.from({ length: count }, () => {
		const plan: CheckablePlan = {
			start: NOW + Math.floor(next() * 86400 * 30) - 86400 * 15,
			settings: { passwordMinLength: 16, lobby: pick(['moderated', 'until-start']), recording: pick(['blocked', 'with-consent']) },
			privacyNotice: notice,
			talk: { roomType: 3, listable: 0, lobbyState: 1, lobbyTimer: null, messageExpiration: 604800, sipEnabled: 0, recordingConsent: 1 },
		}
		// Most rooms keep their plan; some drift the way moderators change rooms in Talk.
		const drift = next() < 0.2
		const room: CheckableRoom | null = next() < 0.02
			? null
			: {
					type: pick([2, 3, 3, 3]),
					hasPassword: !drift || next() < 0.5,
					listable: drift ? pick([0, 1, 2]) : 0,
					lobbyState: drift ? pick([0, 1]) : 1,
					lobbyTimer: 0,
					messageExpiration: drift ? pick([0, 3600, 604800, 2419200]) : 604800,
					sipEnabled: drift ? pick([0, 1, 2]) : 0,
					callRecording: 0,
					recordingConsent: pick([0, 1]),
					description: drift && next() < 0.5 ? 'edited' : notice.text,
				}
		return { plan, room }
	})
}

export interface ComplianceBench { medianMs: number, maxMs: number, counts: Record<string, number> }

export function benchCompliance(): ComplianceBench {
	const meetings = generate(ROOMS)
	const rooms = meetings.flatMap(({ room }) => (room === null ? [] : [room]))
	const once = () => {
		const started = performance.now()
		const census = roomCensus(rooms)
		const { counts } = judgeMeetings(meetings, NOW)
		return { ms: performance.now() - started, counts: { ...census, ...counts } }
	}
	once() // warm-up: the first run includes compiling the functions
	const runs = Array.from({ length: RUNS }, once)
	const times = runs.map((run) => run.ms).sort((a, b) => a - b)
	return { medianMs: times[Math.floor(times.length / 2)]!, maxMs: times[times.length - 1]!, counts: runs[0]!.counts }
}
