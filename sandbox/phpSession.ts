/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Nextcloud's PHP session of a request, where Talk keeps its TalkSession (talk/presence.ts): found by
 * a cookie, which is set only once something is stored. Talk's page (talkPage.ts) uses the same one.
 */
import type { SandboxState } from './state.ts'
import type { BrowserHandle } from './talk/presence.ts'

import { randomBytes } from 'node:crypto'
import { cookie } from './session.ts'
import { browserSession } from './talk/presence.ts'

export const BROWSER_COOKIE = 'sandbox_talk'

export function browserHandle(state: SandboxState, cookieValue: string | undefined, setCookie: (header: string) => void): BrowserHandle {
	let id = cookieValue !== undefined && state.presence.browsers.has(cookieValue) ? cookieValue : undefined
	return {
		peek: () => (id === undefined ? undefined : state.presence.browsers.get(id)),
		open: () => {
			if (id === undefined) {
				id = cookieValue ?? randomBytes(16).toString('hex')
				setCookie(cookie(BROWSER_COOKIE, id, '; HttpOnly'))
			}
			return browserSession(state, id)
		},
	}
}
