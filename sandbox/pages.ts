/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The two HTML pages the app has in Nextcloud: the app page and the admin settings section.
 * Opening one logs in (session.ts), so the page's own API calls carry the login cookie.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SandboxState } from './state.ts'

import { meetingPage } from './api/meetings.ts'
import { effectivePolicyOf, readPolicy } from './api/policy.ts'
import { ADMIN_PAGE, APP_PAGE } from './config.ts'
import { baseUrlOf, sendText } from './http.ts'
import { renderForbidden, renderPage } from './page.ts'
import { resolvePageSession } from './session.ts'
import { calendarsOf } from './talk/calendar.ts'
import { SAFE_MEETING_BOT_ID } from './talk/lockActions.ts'

const HTML = 'text/html; charset=utf-8'

export function isPagePath(method: string | undefined, path: string): boolean {
	return method === 'GET' && [APP_PAGE, APP_PAGE.slice(0, -1), '/', ADMIN_PAGE].includes(path)
}

export function servePage(state: SandboxState, req: IncomingMessage, res: ServerResponse, url: URL): void {
	const path = url.pathname
	if (path === '/') {
		res.writeHead(302, { Location: APP_PAGE + url.search })
		return void res.end()
	}
	const session = resolvePageSession(req, url)
	const cookies: Record<string, string[]> = session.setCookies.length > 0 ? { 'Set-Cookie': session.setCookies } : {}
	if (path === ADMIN_PAGE) {
		if (!session.user.isAdmin) {
			return sendText(res, 403, HTML, renderForbidden(session), cookies)
		}
		return sendText(res, 200, HTML, renderPage(state, session, {
			title: 'Safe Meeting - Administration settings',
			mount: 'safe_meeting-admin-settings',
			entry: 'adminSettings',
			// readPolicy first: it converts a policy stored before thresholds and writes the report.
			initialState: [['safe_meeting', 'organisationPolicy', readPolicy(state)], ['safe_meeting', 'policyMigration', state.policyMigration]],
		}, baseUrlOf(req), path), cookies)
	}
	sendText(res, 200, HTML, renderPage(state, session, {
		title: 'Safe Meeting',
		mount: 'safe_meeting',
		entry: 'main',
		initialState: [
			['safe_meeting', 'policy', effectivePolicyOf(state, session.user)],
			['safe_meeting', 'botId', SAFE_MEETING_BOT_ID],
			['safe_meeting', 'meetings', meetingPage(state, session.user)],
			['safe_meeting', 'calendars', calendarsOf(session.user)],
		],
	}, baseUrlOf(req), path), cookies)
}
