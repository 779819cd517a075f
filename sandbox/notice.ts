/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The privacy notice before joining, as the server does it (NoticePageController, PrivacyNoticeGate,
 * PrivacyNoticeMiddleware): the public page `/index.php/apps/safe_meeting/m/{token}`, "read" remembered
 * per browser session (a session cookie, like PHP's), and `noticeFirst` for the stand-in of Talk's page
 * (talkPage.ts), which sends a guest who skipped the notice back to it.
 *
 * A browser that opens the notice page without having chosen a sandbox user (`?user=`) is a guest without
 * an account: the page marks it so for Talk's stand-in (cookie `sandbox_guest`, as `?guest=1` does there).
 *
 * An e-mail guest's personal link (`?email=…&access=…`) keeps its pair through the notice and back to
 * Talk's page (PersonalLink); values that cannot be such a pair are dropped.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { PageSession } from './session.ts'
import type { SandboxState } from './state.ts'

import { randomBytes } from 'node:crypto'
import { readPolicy } from './api/policy.ts'
import { APP_ID } from './config.ts'
import { baseUrlOf, parseCookies, parseJsonBody, readBody, sendJson, sendText } from './http.ts'
import { renderPage } from './page.ts'
import { LOGIN_COOKIE, resolvePageSession } from './session.ts'

export const NOTICE_PAGE = new RegExp(`^/index\\.php/apps/${APP_ID}/m/([a-z0-9]{4,30})(/read)?$`)
const SESSION_COOKIE = 'sandbox_session'

interface PersonalLink { email: string, access: string }

/** The pair as PersonalLink accepts it (lib/Talk/PersonalLink.php), or null. */
function personalLinkOf(email: unknown, access: unknown): PersonalLink | null {
	return typeof email === 'string' && typeof access === 'string' && email.length <= 254
		&& /^[^@\s\p{Cc}]+@[^@\s\p{Cc}]+$/u.test(email) && /^[A-Za-z0-9]{1,64}$/.test(access)
		? { email, access }
		: null
}

const withLink = (path: string, link: PersonalLink | null) => (link === null ? path : `${path}?${new URLSearchParams({ email: link.email, access: link.access }).toString()}`)
const noticeUrl = (token: string, link: PersonalLink | null) => withLink(`/index.php/apps/${APP_ID}/m/${token}`, link)
const talkUrl = (token: string, link: PersonalLink | null) => withLink(`/index.php/call/${token}`, link)

/** The browser session id, and the cookie that starts one when there was none (no Max-Age: gone with the browser session). */
function browserSession(req: IncomingMessage): { id: string, setCookies: string[] } {
	const existing = parseCookies(req)[SESSION_COOKIE]
	if (existing !== undefined && existing !== '') {
		return { id: existing, setCookies: [] }
	}
	const id = randomBytes(16).toString('hex')
	return { id, setCookies: [`${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`] }
}

function meetingOf(state: SandboxState, token: string) {
	return state.meetings.find((meeting) => meeting.token === token)
}

/** The plan's choice; a plan made before the setting existed takes the policy's default; missing means optional (PrivacyNoticeGate). */
function isRequired(state: SandboxState, token: string): boolean {
	const plan = meetingOf(state, token)?.plan as { settings: Partial<Record<string, unknown>> } | undefined
	const value = plan?.settings.requirePrivacyNotice ?? readPolicy(state).settings.requirePrivacyNotice?.default ?? 'optional'
	return value === 'required'
}

const hasRead = (state: SandboxState, sessionId: string, token: string) => state.compliance.noticeAcks.get(sessionId)?.[token] === readPolicy(state).privacyNotice.version

/** The page's language and theme; a visitor who has not logged in stays logged out (a public page). */
function publicSession(req: IncomingMessage, url: URL): PageSession {
	const session = resolvePageSession(req, url)
	const loggedIn = parseCookies(req)[LOGIN_COOKIE] !== undefined || url.searchParams.has('user')
	return loggedIn ? session : { ...session, setCookies: session.setCookies.filter((cookie) => !cookie.startsWith(`${LOGIN_COOKIE}=`)) }
}

export async function handleNoticePage(state: SandboxState, req: IncomingMessage, res: ServerResponse, url: URL, match: RegExpExecArray): Promise<void> {
	const session = publicSession(req, url)
	const token = match[1]!
	const meeting = meetingOf(state, token)
	const browser = browserSession(req)
	const anonymous = parseCookies(req).sandbox_user === undefined && !session.setCookies.some((cookie) => cookie.startsWith('sandbox_user='))
	const cookies = { 'Set-Cookie': [...session.setCookies, ...browser.setCookies, ...(anonymous ? ['sandbox_guest=1; Path=/; SameSite=Lax'] : [])] }
	if (match[2] !== undefined) {
		if (req.method !== 'POST') {
			return sendText(res, 405, 'text/plain', 'Method not allowed')
		}
		if (meeting === undefined) {
			return sendJson(res, 404, { message: 'This meeting does not exist.' }, cookies)
		}
		const body = parseJsonBody(await readBody(req)) as { version?: unknown, email?: unknown, access?: unknown } | undefined
		if (body?.version !== readPolicy(state).privacyNotice.version) {
			return sendJson(res, 409, { message: 'The privacy notice has changed meanwhile. Please read the new version.', notice: readPolicy(state).privacyNotice }, cookies)
		}
		state.compliance.noticeAcks.set(browser.id, { ...state.compliance.noticeAcks.get(browser.id), [token]: String(body.version) })
		return sendJson(res, 200, { talkUrl: talkUrl(token, personalLinkOf(body.email, body.access)) }, cookies)
	}
	const link = personalLinkOf(url.searchParams.get('email'), url.searchParams.get('access'))
	const notice = meeting === undefined
		? { found: false }
		: { found: true, token, title: meeting.plan.title, notice: readPolicy(state).privacyNotice, required: isRequired(state, token), read: hasRead(state, browser.id, token), talkUrl: talkUrl(token, link), personalLink: link }
	const html = renderPage(state, session, { title: 'Safe Meeting', mount: 'safe_meeting-notice', entry: 'notice', initialState: [['safe_meeting', 'notice', notice]] }, baseUrlOf(req), match[0])
	sendText(res, meeting === undefined ? 404 : 200, 'text/html; charset=utf-8', html, cookies)
}

/**
 * Where Talk's page sends a guest first: the meeting's notice page, with the personal link's pair where
 * the page was opened with one, when the meeting requires the notice and this browser session has not read
 * its current version (PrivacyNoticeMiddleware); null to go on.
 */
export function noticeFirst(state: SandboxState, req: IncomingMessage, token: string, query: URLSearchParams): string | null {
	const link = personalLinkOf(query.get('email'), query.get('access'))
	return isRequired(state, token) && !hasRead(state, browserSession(req).id, token) ? noticeUrl(token, link) : null
}
