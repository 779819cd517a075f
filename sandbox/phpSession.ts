/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Nextcloud's PHP session as Talk uses it (TalkSession): per conversation token, the Talk session id
 * this browser joined with. It is what makes a returning guest the same attendee. Identified by a
 * cookie that is only set once something is stored.
 */
import type { SandboxState } from './state.ts'

import { randomBytes } from 'node:crypto'
import { cookie } from './session.ts'

export const SESSION_COOKIE = 'sandbox_session'

export interface PhpSession {
	talkSessionFor: (token: string) => string | undefined
	setTalkSession: (token: string, sessionId: string) => void
	removeTalkSession: (token: string) => void
}

/**
 * The session named by the request's cookie; `setCookie` receives the cookie when a new one starts.
 */
export function phpSession(state: SandboxState, cookieValue: string | undefined, setCookie: (header: string) => void): PhpSession {
	let id = cookieValue !== undefined && state.phpSessions.has(cookieValue) ? cookieValue : undefined
	const rooms = () => (id === undefined ? undefined : state.phpSessions.get(id))
	return {
		talkSessionFor: (token) => rooms()?.get(token),
		setTalkSession: (token, sessionId) => {
			if (id === undefined) {
				id = randomBytes(16).toString('hex')
				state.phpSessions.set(id, new Map())
				setCookie(cookie(SESSION_COOKIE, id, '; HttpOnly'))
			}
			rooms()!.set(token, sessionId)
		},
		removeTalkSession: (token) => {
			rooms()?.delete(token)
		},
	}
}
