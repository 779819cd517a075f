/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * All in-memory state of one sandbox instance; `resetState` brings it back to a fresh install.
 */
import type { RegisteredPlan } from '../src/policy/validatePlan.ts'
import type { PolicyMigrationReport } from '../src/stores/adminPolicy.ts'
import type { ComplianceSandboxState } from './compliance/state.ts'
import type { RetentionState } from './retention/model.ts'
import type { CalendarEvent } from './talk/calendar.ts'
import type { RoomState } from './talk/model.ts'
import type { Presence } from './talk/presence.ts'

import { defaultPolicy } from '../src/policy/defaultPolicy.ts'
import { DEFAULT_FEATURES } from './capabilities.ts'
import { createComplianceState } from './compliance/state.ts'
import { createRetentionState } from './retention/model.ts'
import { createPresence } from './talk/presence.ts'

export interface RequestInfo { method: string, path: string, user: string, body: unknown }

export interface HistoryEntry {
	seq: number
	/** Unix milliseconds (sandbox clock). */
	at: number
	token: string
	change: 'created' | 'modified' | 'deleted' | 'lobby-timer'
	request: RequestInfo
	room: RoomState
}

export interface Violation { at: number, contract: string, direction: 'request' | 'response', method: string, path: string, status?: number, errors: string[] }

/** `error`: the reason Talk would give (default 'injected'). */
export interface InjectedFailure { method?: string, path: string, status: number, times: number, error?: string }

export interface LockState { locked: boolean, lockedAt: number | null, lockedBy: string | null, reason: 'moderator' | 'all-joined' | 'minutes-after-start' | 'ended' | null, refusedJoins: number, callStartedAt: number | null }

export interface Meeting { id: number, token: string, owner: string, createdAt: number, plan: RegisteredPlan, lock: LockState }

export interface SandboxState {
	rooms: Map<string, RoomState>
	history: HistoryEntry[]
	violations: Violation[]
	failures: InjectedFailure[]
	meetings: Meeting[]
	/** Files shared into rooms, recordings and deletion receipts. */
	retention: RetentionState
	/** The policy as stored: normally valid, or as an older version stored it (see /__sandbox/policy and readPolicy). */
	policy: unknown
	/** What the conversion of a policy stored before thresholds changed, until an admin dismisses it. */
	policyMigration: PolicyMigrationReport | null
	/** Events Talk's schedule-meeting put into users' calendars. */
	calendarEvents: CalendarEvent[]
	features: Set<string>
	/** Server settings; `sipGroups`: Talk's sip_bridge_groups, who may switch dial-in on (empty: every user). */
	config: { forcePasswords: boolean, recording: boolean, sipGroups: string[] }
	compliance: ComplianceSandboxState
	/** Seconds added to the real clock, set through /__sandbox/time. */
	clockOffset: number
	nextId: number
	/** Sessions in rooms, browsers' Talk sessions, chat, bots and mails (locking and joining). */
	presence: Presence
}

export function createState(): SandboxState {
	return {
		rooms: new Map(),
		history: [],
		violations: [],
		failures: [],
		meetings: [],
		retention: createRetentionState(),
		calendarEvents: [],
		policy: defaultPolicy(),
		policyMigration: null,
		features: new Set(DEFAULT_FEATURES),
		config: { forcePasswords: false, recording: true, sipGroups: [] },
		compliance: createComplianceState(),
		clockOffset: 0,
		nextId: 1,
		presence: createPresence(),
	}
}

export function resetState(state: SandboxState): void {
	Object.assign(state, createState())
}

/**
 * Unix seconds on the sandbox clock.
 */
export function now(state: SandboxState): number {
	return Math.floor(Date.now() / 1000) + state.clockOffset
}

export function nextId(state: SandboxState): number {
	return state.nextId++
}

/**
 * Records the full state of a room after a change, with the request that caused it.
 */
export function recordChange(state: SandboxState, room: RoomState, change: HistoryEntry['change'], request: RequestInfo): void {
	state.history.push({
		seq: state.history.length + 1,
		at: (now(state) * 1000) + (Date.now() % 1000),
		token: room.token,
		change,
		request: structuredClone(request),
		room: structuredClone(room),
	})
}

/**
 * History entries where a room was public without password or without lobby.
 */
export function unsafeEntries(state: SandboxState): (HistoryEntry & { reasons: string[] })[] {
	const unsafe: (HistoryEntry & { reasons: string[] })[] = []
	for (const entry of state.history) {
		if (entry.change === 'deleted' || entry.room.type !== 3) {
			continue
		}
		const reasons: string[] = []
		if (entry.room.password === '') {
			reasons.push('public without password')
		}
		// A lobby that its own timer opened is the plan ("until start"), not a leak.
		if (entry.room.lobbyState !== 1 && !entry.room.lobbyOpenedByTimer) {
			reasons.push('public without lobby')
		}
		if (reasons.length > 0) {
			unsafe.push({ ...entry, reasons })
		}
	}
	return unsafe
}
