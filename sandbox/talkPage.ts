/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * A plain stand-in for Talk's conversation page (`/index.php/call/{token}`), enough to show joining in
 * a browser: Talk's password form for guests, the personal link of e-mail guests, being in the call,
 * the chat (with our bot). Plus our own "cannot join" page Talk redirects a refused password to
 * (lib/Controller/RefusalController.php). Not Talk's UI: no styling, no client code.
 *
 * `?guest=1` makes the browser a guest without an account (cookie), `?user=<id>` a user again.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { PageSession } from './session.ts'
import type { SandboxState } from './state.ts'
import type { Attendee, RoomState } from './talk/model.ts'
import type { BrowserSession } from './talk/presence.ts'

import { randomBytes } from 'node:crypto'
import { APP_ID } from './config.ts'
import { baseUrlOf, parseCookies, readBody, sendText } from './http.ts'
import { noticeFirst } from './notice.ts'
import { OcsError } from './ocs.ts'
import { sendMessage } from './talk/botCommands.ts'
import { enterCall } from './talk/calls.ts'
import { inLobby } from './talk/format.ts'
import { attemptOf, authenticateEmailGuest, joinRoom, verifyPassword } from './talk/joins.ts'
import { IN_CALL } from './talk/model.ts'
import { browserSession } from './talk/presence.ts'

const CALL_PAGE = /^\/index\.php\/call\/([a-z0-9]+)(\/chat)?$/
const REFUSAL_PAGE = new RegExp(`^/index\\.php/apps/${APP_ID}/closed/([a-z0-9]+)$`)

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function html(title: string, body: string): string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`
}

/** Handles Talk's page and our refusal page; false for any other path. */
export async function handleTalkPage(state: SandboxState, req: IncomingMessage, res: ServerResponse, url: URL, session: PageSession): Promise<boolean> {
	const call = CALL_PAGE.exec(url.pathname)
	const refusal = REFUSAL_PAGE.exec(url.pathname)
	if (call === null && refusal === null) {
		return false
	}
	const cookies = parseCookies(req)
	const setCookies = [...session.setCookies]
	const browserId = cookies.sandbox_talk ?? randomBytes(8).toString('hex')
	setCookies.push(`sandbox_talk=${browserId}; Path=/; SameSite=Lax`)
	let guest = cookies.sandbox_guest === '1'
	if (url.searchParams.get('guest') === '1' || url.searchParams.has('email')) {
		guest = true
		setCookies.push('sandbox_guest=1; Path=/; SameSite=Lax')
	} else if (url.searchParams.has('user')) {
		guest = false
		setCookies.push('sandbox_guest=0; Path=/; SameSite=Lax')
	}
	const browser = browserSession(state, browserId)
	const send = (status: number, page: string) => sendText(res, status, 'text/html; charset=utf-8', page, { 'Set-Cookie': setCookies })
	const redirect = (location: string) => {
		res.writeHead(303, { Location: location, 'Set-Cookie': setCookies })
		res.end()
	}

	if (refusal !== null) {
		send(200, refusalPage(browser, refusal[1]!))
		return true
	}
	const room = state.rooms.get(call![1]!)
	if (room === undefined) {
		send(404, html('Conversation not found', '<p>This conversation does not exist.</p>'))
		return true
	}
	// Our privacy notice first, where the meeting requires it (notice.ts, PrivacyNoticeMiddleware).
	const notice = guest ? noticeFirst(state, req, room.token, url.searchParams) : null
	if (notice !== null) {
		redirect(notice)
		return true
	}
	const user = guest ? null : session.user
	const self = `/index.php/call/${room.token}`
	const form = req.method === 'POST' ? new URLSearchParams(await readBody(req)) : null

	if (call![2] === '/chat' && form !== null) {
		const me = ownAttendee(state, room, browser, user)
		if (me !== undefined) {
			sendMessage(state, room, me, form.get('message') ?? '', baseUrlOf(req))
		}
		redirect(self)
		return true
	}
	if (form !== null) {
		const result = verifyPassword(state, room, user, browser, form.get('password') ?? '')
		if (result.refusal !== null) {
			redirect(`/index.php/apps/${APP_ID}/closed/${room.token}`)
		} else if (result.valid) {
			redirect(self)
		} else {
			send(403, passwordPage(room, true))
		}
		return true
	}
	const email = url.searchParams.get('email')
	if (email !== null && !authenticateEmailGuest(room, browser, email, url.searchParams.get('access') ?? '')) {
		send(404, html('Conversation not found', '<p>This link is not valid.</p>'))
		return true
	}

	// Talk's page asks a newcomer for the password before anything else (PageController).
	if (room.password !== '' && browser.passwords[room.token] !== room.password && attemptOf(room, user, browser).presence === 'newcomer') {
		send(200, passwordPage(room, false))
		return true
	}
	try {
		const caller = { user, browser: { peek: () => browser, open: () => browser } }
		const { attendee, session: joined } = joinRoom(state, room, caller, '', true, { method: 'GET', path: url.pathname, user: user?.id ?? 'guest', body: null })
		// Talk's web UI joins the call next, unless the lobby holds the participant back.
		if (!inLobby(room, attendee)) {
			enterCall(state, room, attendee, joined, IN_CALL)
		}
		send(200, meetingPage(state, room, attendee))
	} catch (error) {
		if (!(error instanceof OcsError)) {
			throw error
		}
		if (error.status === 403) {
			send(200, passwordPage(room, false))
		} else {
			// Talk's join API answers 404 to a cancelled join; its page shows this.
			send(404, html('Conversation not found', '<p data-testid="join-refused">You cannot join this conversation.</p>'))
		}
	}
	return true
}

function ownAttendee(state: SandboxState, room: RoomState, browser: BrowserSession, user: PageSession['user'] | null): Attendee | undefined {
	return user !== null
		? room.attendees.find((a) => a.actorType === 'users' && a.actorId === user.id)
		: room.attendees.find((a) => (a.actorType === 'guests' || a.actorType === 'emails') && a.actorId === browser.guestActorIds[room.token])
}

function passwordPage(room: RoomState, wrong: boolean): string {
	return html(room.name, `<form method="post"><label>Password <input type="password" name="password" autocomplete="off"></label>
<button type="submit">Join</button></form>${wrong ? '<p role="alert">The password is wrong. Try again.</p>' : ''}`)
}

function meetingPage(state: SandboxState, room: RoomState, me: Attendee): string {
	const inCall = state.presence.sessions.filter((s) => s.token === room.token && s.inCall > 0)
		.map((s) => room.attendees.find((a) => a.id === s.attendeeId)?.displayName || 'Guest')
	const chat = state.presence.chat.filter((m) => m.token === room.token)
		.map((m) => `<li data-actor-type="${escape(m.actorType)}"><b>${escape(m.actorDisplayName || 'Guest')}</b>: ${escape(m.message)}</li>`).join('')
	const waiting = state.presence.sessions.some((s) => s.token === room.token && s.attendeeId === me.id && s.inCall === 0)
	const where = waiting ? '<p data-testid="in-lobby">You are waiting in the lobby.</p>' : `<p data-testid="in-call">You are in the call as ${escape(me.displayName || 'Guest')}.</p>`
	return html(room.name, `${where}
<h2>In the call</h2><ul data-testid="peers">${inCall.map((name) => `<li>${escape(name)}</li>`).join('')}</ul>
<h2>Chat</h2><ol data-testid="chat">${chat}</ol>
<form method="post" action="/index.php/call/${room.token}/chat"><label>Message <input name="message" autocomplete="off"></label><button type="submit">Send</button></form>`)
}

function refusalPage(browser: BrowserSession, token: string): string {
	const refusal = browser.refusals[token]
	const date = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ')
	const message = refusal?.reason === 'locked'
		? 'The moderators have locked this meeting: nobody new can join. If you should take part, ask a moderator to admit you.'
		: refusal?.reason === 'outside-window'
			? `Guests can join this meeting from ${date(refusal.from)} until ${date(refusal.until)}.`
			: 'You cannot join this meeting right now.'
	return html('You cannot join this meeting right now', `<p data-testid="refusal">${escape(message)}</p>`)
}
