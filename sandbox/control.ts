/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Test control under /__sandbox/ (plain JSON, no login; requestGuard.ts keeps web pages out): reset,
 * switch capabilities and the SIP bridge groups (`sip-groups`), inject failures, move the clock,
 * store a policy as an older version did, let Talk clean up disconnected guests, and read rooms,
 * history, contract violations and unsafe moments.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SandboxState } from './state.ts'

import { parseJsonBody, readBody, sendJson } from './http.ts'
import { retentionControls } from './retention/control.ts'
import { now, resetState, unsafeEntries } from './state.ts'
import { cleanUpGuests } from './talk/presence.ts'

/** Config switches accepted next to feature names by POST /__sandbox/capabilities. */
const CONFIG_KEYS = { 'force-passwords': 'forcePasswords', recording: 'recording' } as const

export type ControlHandler = (state: SandboxState, body: Record<string, unknown>) => [number, unknown]

const HANDLERS: Record<string, ControlHandler> = {
	...retentionControls,
	'POST /__sandbox/reset': (state) => {
		resetState(state)
		return [200, { ok: true }]
	},
	'GET /__sandbox/capabilities': (state) => [200, { features: [...state.features], config: state.config }],
	'POST /__sandbox/capabilities': (state, body) => {
		for (const [key, value] of Object.entries(body)) {
			if (key === 'sip-groups') {
				if (!Array.isArray(value) || !value.every((group) => typeof group === 'string')) {
					return [400, { error: '"sip-groups" must be a list of group ids' }]
				}
				state.config.sipGroups = value
				continue
			}
			if (typeof value !== 'boolean') {
				return [400, { error: `"${key}" must be true or false` }]
			}
			if (key in CONFIG_KEYS) {
				state.config[CONFIG_KEYS[key as keyof typeof CONFIG_KEYS]] = value
			} else if (value) {
				state.features.add(key)
			} else {
				state.features.delete(key)
			}
		}
		return [200, { features: [...state.features], config: state.config }]
	},
	'GET /__sandbox/fail': (state) => [200, state.failures],
	'POST /__sandbox/fail': (state, body) => {
		const { method, path, status, times = 1, error } = body
		if (typeof path !== 'string' || typeof status !== 'number' || typeof times !== 'number' || (method !== undefined && typeof method !== 'string') || (error !== undefined && typeof error !== 'string')) {
			return [400, { error: 'expected {method?: string, path: string, status: number, times?: number, error?: string}' }]
		}
		state.failures.push({ ...(method === undefined ? {} : { method: method.toUpperCase() }), path, status, times, ...(error === undefined ? {} : { error }) })
		return [200, state.failures]
	},
	'POST /__sandbox/time': (state, body) => {
		state.clockOffset = typeof body.now === 'number' ? body.now - Math.floor(Date.now() / 1000) : 0
		return [200, { now: now(state) }]
	},
	/** Stores a policy as it is, unvalidated: as an older version of the app may have stored it. */
	'POST /__sandbox/policy': (state, body) => {
		state.policy = body
		state.policyMigration = null
		return [200, { ok: true }]
	},
	'GET /__sandbox/rooms': (state) => [200, [...state.rooms.values()]],
	'GET /__sandbox/meetings': (state) => [200, state.meetings],
	'GET /__sandbox/calendar': (state) => [200, state.calendarEvents],
	'GET /__sandbox/history': (state) => [200, state.history],
	'GET /__sandbox/violations': (state) => [200, state.violations],
	'GET /__sandbox/unsafe': (state) => [200, unsafeEntries(state)],
	// Locking: the e-mails Talk would have sent (personal links), the chats with the bot's notices.
	'GET /__sandbox/mails': (state) => [200, state.presence.mails],
	'GET /__sandbox/chat': (state) => [200, state.presence.chat],
	// Every guest's connection dropped 100 s ago and somebody listed the participants: Talk cleans guests up.
	'POST /__sandbox/clean-up-guests': (state, body) => {
		const room = state.rooms.get(String(body.token))
		if (room === undefined) {
			return [404, { error: 'expected {token} of an existing room' }]
		}
		cleanUpGuests(state, room)
		return [200, room.attendees]
	},
}

export async function handleControl(state: SandboxState, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
	const handler = HANDLERS[`${req.method} ${path.replace(/\/$/, '')}`]
	if (handler === undefined) {
		return sendJson(res, 404, { error: 'unknown control endpoint', endpoints: Object.keys(HANDLERS) })
	}
	let body: unknown
	try {
		body = parseJsonBody(await readBody(req))
	} catch {
		return sendJson(res, 400, { error: 'body is not valid JSON' })
	}
	const [status, data] = handler(state, (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>)
	sendJson(res, status, data)
}
