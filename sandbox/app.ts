/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * startSandbox(): the HTTP server that ties pages, static files, the OCS APIs and test control together.
 * Used by the CLI (server.ts), Playwright's webServer and Vitest.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { OcsApi } from './ocs.ts'
import type { SandboxState } from './state.ts'

import { createServer } from 'node:http'
import { complianceRoutes } from './api/compliance.ts'
import { lockRoutes } from './api/lock.ts'
import { meetingRoutes } from './api/meetings.ts'
import { policyRoutes } from './api/policy.ts'
import { retentionRoutes } from './api/retention.ts'
import { AVATAR_PATH, serveAvatar } from './avatar.ts'
import { HOST, OWN_BASE, OWN_OPENAPI_PATH, TALK_BASE, TALK_OPENAPI_PATH } from './config.ts'
import { handleControl } from './control.ts'
import { coreRoutes } from './core.ts'
import { sendJson, sendText } from './http.ts'
import { logError, logInfo } from './log.ts'
import { handleNoticePage, NOTICE_PAGE } from './notice.ts'
import { handleOcs } from './ocs.ts'
import { OpenApiValidator } from './openapiValidator.ts'
import { isPagePath, servePage } from './pages.ts'
import { handleRecordPage, RECORD_PAGE } from './recordPage.ts'
import { checkControlRequest, checkHost, isCleanTarget, trustedHosts } from './requestGuard.ts'
import { resolvePageSession } from './session.ts'
import { createState } from './state.ts'
import { isStaticPath, serveStatic } from './static.ts'
import { botRoutes } from './talk/botRoutes.ts'
import { talkRoutes } from './talk/routes.ts'
import { handleTalkPage } from './talkPage.ts'

/** What Nextcloud's status.php reports; also the sandbox's readiness probe. */
const NEXTCLOUD_STATUS = { installed: true, maintenance: false, needsDbUpgrade: false, version: '32.0.2.1', versionstring: '32.0.2', edition: '', productname: 'Nextcloud', extendedSupport: false }

export interface Sandbox {
	url: string
	port: number
	/** The live state, for in-process tests. */
	state: SandboxState
	close: () => Promise<void>
}

export interface SandboxOptions {
	/** 0 picks a free port. */
	port?: number
	host?: string
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	const state = createState()
	const talk: OcsApi = { contract: new OpenApiValidator('talk', TALK_OPENAPI_PATH), routes: [...talkRoutes, ...botRoutes], answersOutOfRange: true }
	const own: OcsApi = { contract: new OpenApiValidator('safe_meeting', OWN_OPENAPI_PATH), routes: [...meetingRoutes, ...policyRoutes, ...lockRoutes, ...retentionRoutes, ...complianceRoutes] }
	const core: OcsApi = { contract: null, routes: coreRoutes }

	// Known once the server listens (port 0 picks one).
	let trusted = new Set<string>()

	async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
		if (process.env.SANDBOX_LOG === '1') {
			res.on('finish', () => logInfo(`[sandbox] ${req.method} ${req.url} → ${res.statusCode}`))
		}
		const badHost = checkHost(req, trusted)
		if (badHost !== null) {
			return sendText(res, badHost.status, 'text/plain; charset=utf-8', badHost.message)
		}
		if (!isCleanTarget(req.url)) {
			return sendText(res, 400, 'text/plain; charset=utf-8', 'Bad request')
		}
		const url = new URL(req.url!, 'http://sandbox')
		const path = url.pathname
		if (path === '/favicon.ico') {
			res.writeHead(204)
			return void res.end()
		}
		if (path === '/status.php') {
			return sendJson(res, 200, NEXTCLOUD_STATUS)
		}
		if (path.startsWith('/__sandbox/')) {
			const refusal = checkControlRequest(req)
			if (refusal !== null) {
				return sendJson(res, refusal.status, { error: refusal.message })
			}
			return handleControl(state, req, res, path)
		}
		if (isStaticPath(path)) {
			return serveStatic(path, res)
		}
		const avatar = AVATAR_PATH.exec(path)
		if (avatar !== null) {
			return serveAvatar(res, decodeURIComponent(avatar[1]!), Number(avatar[2]))
		}
		if (path.startsWith(TALK_BASE + '/') || path === TALK_BASE || path.startsWith('/ocs/v2.php/apps/spreed/')) {
			return handleOcs(talk, state, req, res, url)
		}
		if (path.startsWith(OWN_BASE + '/') || path.startsWith('/ocs/v2.php/apps/safe_meeting/')) {
			return handleOcs(own, state, req, res, url)
		}
		if (path.startsWith('/ocs/')) {
			return handleOcs(core, state, req, res, url)
		}
		const notice = NOTICE_PAGE.exec(path)
		if (notice !== null) {
			return handleNoticePage(state, req, res, url, notice)
		}
		const record = RECORD_PAGE.exec(path)
		if (record !== null && req.method === 'GET') {
			return handleRecordPage(state, req, res, url, record)
		}
		if (isPagePath(req.method, path)) {
			return servePage(state, req, res, url)
		}
		if (await handleTalkPage(state, req, res, url, resolvePageSession(req, url))) {
			return
		}
		sendText(res, 404, 'text/plain; charset=utf-8', `Not found: ${path}`)
	}

	const server = createServer((req, res) => {
		route(req, res).catch((error: unknown) => {
			// The details go to the console, never into the response.
			logError('[sandbox] internal error', error)
			if (!res.headersSent) {
				sendJson(res, 500, { error: 'sandbox internal error' })
			}
		})
	})
	const host = options.host ?? HOST
	await new Promise<void>((resolveListen, reject) => {
		server.once('error', reject)
		server.listen(options.port ?? 0, host, () => resolveListen())
	})
	const port = (server.address() as AddressInfo).port
	trusted = trustedHosts(host, port)
	return {
		url: `http://${host}:${port}`,
		port,
		state,
		close: () => new Promise<void>((resolveClose) => {
			server.closeAllConnections()
			server.close(() => resolveClose())
		}),
	}
}
