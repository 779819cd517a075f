/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The OCS request pipeline shared by Talk's and our own API: route, login (401) and OCS-APIRequest
 * (412) checks, request bodies (JSON or form), contract validation of request and response, injected
 * failures, OCS envelope. A contract mismatch is loud: HTTP 500 "contract violation", recorded in
 * state.violations and printed to stderr. The exception is a well-typed value out of range: it is
 * recorded the same way but answered as Nextcloud would (400 from the dispatcher or the controller).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { OpenApiValidator } from './openapiValidator.ts'
import type { RequestBody } from './requestBody.ts'
import type { InjectedFailure, RequestInfo, SandboxState } from './state.ts'
import type { BrowserHandle } from './talk/presence.ts'
import type { SandboxUser } from './users.ts'

import { baseUrlOf, parseCookies, parseQuery, readBody, sendJson, sendText } from './http.ts'
import { logError } from './log.ts'
import { BROWSER_COOKIE, browserHandle } from './phpSession.ts'
import { parseRequestBody } from './requestBody.ts'
import { resolveCredentials } from './session.ts'

export interface OcsResult {
	status: number
	data: unknown
	message?: string
	/** A download instead of the OCS envelope (e.g. a CSV export). */
	raw?: { contentType: string, body: string, fileName: string }
}

interface BaseContext {
	state: SandboxState
	params: Record<string, string>
	query: Record<string, string | string[]>
	body: Record<string, unknown>
	baseUrl: string
	info: RequestInfo
	/** The caller's PHP session (Talk keeps its session ids there). */
	browser: BrowserHandle
}

/** A request on a route that needs a logged-in user. */
export interface OcsContext extends BaseContext {
	user: SandboxUser
}

/** A request on a public route (`#[PublicPage]`): a user, or a guest known only by the PHP session. */
export interface PublicOcsContext extends BaseContext {
	user: SandboxUser | null
}

interface RouteBase {
	method: string
	/** Full path with `{name}` placeholders. */
	template: string
	/** Talk capability the route needs; without it the route does not exist (older Talk): 404. */
	feature?: string
}

export type OcsRoute
	= | RouteBase & { public?: false, handle: (ctx: OcsContext) => OcsResult }
		| RouteBase & { public: true, handle: (ctx: PublicOcsContext) => OcsResult }

/** Talk's way of reporting a failure from deep inside a service: caught into an OCS response. */
export class OcsError extends Error {
	constructor(readonly status: number, readonly data: unknown = []) {
		super(`OCS ${status}`)
	}
}

export const ok = (data: unknown, status = 200): OcsResult => ({ status, data })
export const fail = (status: number, data: unknown = []): OcsResult => ({ status, data })

export function envelope(result: OcsResult): unknown {
	const success = result.status < 300
	return { ocs: { meta: { status: success ? 'ok' : 'failure', statuscode: result.status, message: result.message ?? (success ? 'OK' : '') }, data: result.data } }
}

export interface OcsApi {
	/** Contract to validate against; null for core endpoints without one. */
	contract: OpenApiValidator | null
	routes: OcsRoute[]
	/**
	 * Whether the app answers an `int<min, max>` parameter out of range with 400 `{error: <name>}`
	 * (Talk's ParameterOutOfRangeMiddleware) before its controller runs.
	 */
	answersOutOfRange?: boolean
}

function matchRoute(routes: OcsRoute[], method: string, path: string): { route: OcsRoute, params: Record<string, string> } | null {
	for (const route of routes) {
		if (route.method !== method) {
			continue
		}
		const names: string[] = []
		const pattern = route.template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
			names.push(name)
			return '([^/]+)'
		})
		const found = new RegExp(`^${pattern}$`).exec(path)
		if (found !== null) {
			return { route, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)])) }
		}
	}
	return null
}

export function recordViolation(state: SandboxState, entry: Omit<SandboxState['violations'][number], 'at'>): void {
	state.violations.push({ at: Date.now(), ...entry })
	logError(`[sandbox] CONTRACT VIOLATION (${entry.contract} ${entry.direction}) ${entry.method} ${entry.path}${entry.status === undefined ? '' : ` → ${entry.status}`}:\n  - ${entry.errors.join('\n  - ')}`)
}

function violationResult(kind: 'request' | 'response', errors: string[]): OcsResult {
	const message = `contract violation (${kind}): ${errors.join('; ')}`
	return { status: 500, data: { error: 'contract-violation', message }, message }
}

/** A failure's path matches anywhere in the request's path; a trailing `$` anchors it at the end. */
const pathMatches = (pattern: string, path: string) => (pattern.endsWith('$') ? path.endsWith(pattern.slice(0, -1)) : path.includes(pattern))

/**
 * Takes the next matching injected failure, if any.
 */
function takeFailure(state: SandboxState, method: string, path: string): InjectedFailure | null {
	const failure = state.failures.find((f) => (f.method === undefined || f.method.toUpperCase() === method) && pathMatches(f.path, path) && f.times > 0)
	if (failure === undefined) {
		return null
	}
	failure.times--
	state.failures = state.failures.filter((f) => f.times > 0)
	return failure
}

const NOT_LOGGED_IN: OcsResult = { status: 401, data: [], message: 'Current user is not logged in' }

export async function handleOcs(api: OcsApi, state: SandboxState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
	const method = req.method ?? 'GET'
	const path = url.pathname
	const contractName = api.contract?.name ?? 'core'
	const query = parseQuery(url)
	const setCookies: string[] = []
	const respond = (result: OcsResult) => sendJson(res, result.status, envelope(result), setCookies.length > 0 ? { 'Set-Cookie': setCookies } : {})
	const violation = (direction: 'request' | 'response', errors: string[], status?: number) => {
		recordViolation(state, { contract: contractName, direction, method, path, ...(status === undefined ? {} : { status }), errors })
		return violationResult(direction, errors)
	}

	let body: RequestBody
	try {
		body = parseRequestBody(req.headers['content-type'], await readBody(req))
	} catch {
		return respond(violation('request', ['request body is not valid JSON']))
	}

	const operation = api.contract?.match(method, path) ?? null
	if (api.contract !== null && operation === null) {
		return respond(violation('request', [`${method} ${path} is not an operation of ${contractName}'s contract`]))
	}
	const problems = operation === null ? [] : api.contract!.checkRequest(operation.operation, { pathParams: operation.pathParams, query, headers: req.headers, body: body.value, castBody: body.encoding === 'form' })
	if (problems.length > 0) {
		const result = violation('request', problems.map((found) => found.message))
		if (problems.some((found) => !found.outOfRange)) {
			return respond(result)
		}
	}

	const matched = matchRoute(api.routes, method, path)
	if (matched === null) {
		logError(`[sandbox] not simulated: ${method} ${path}`)
		return respond({ status: 501, data: [], message: `sandbox: ${method} ${path} is not simulated` })
	}
	const { route } = matched
	if (route.feature !== undefined && !state.features.has(route.feature)) {
		// An older Talk without this feature has no such route: Nextcloud's OCS 404.
		return respond({ status: 404, data: [], message: 'Invalid query, please check the syntax. API specifications are here: http://www.freedesktop.org/wiki/Specifications/open-collaboration-services.' })
	}

	// Nextcloud's SecurityMiddleware: login first, then CSRF (OCS-APIRequest: true, or a request token outside a contract).
	const credentials = resolveCredentials(req)
	if (credentials === 'invalid' || (route.public !== true && credentials.user === null)) {
		return respond(NOT_LOGGED_IN)
	}
	if (req.headers['ocs-apirequest'] !== 'true' && (api.contract !== null || req.headers.requesttoken === undefined)) {
		if (api.contract !== null) {
			recordViolation(state, { contract: contractName, direction: 'request', method, path, errors: ['missing header OCS-APIRequest: true (Nextcloud answers 412 CSRF check failed)'] })
		}
		return respond({ status: 412, data: [], message: 'CSRF check failed' })
	}

	// A well-typed value out of range reaches Nextcloud: its dispatcher answers for `int<min, max>`, else the controller.
	const ranged = api.answersOutOfRange === true ? problems.find((found) => found.dispatcherRange) : undefined
	if (ranged !== undefined) {
		return respond({ status: 400, data: { error: ranged.parameter } })
	}

	const injected = takeFailure(state, method, path)
	if (injected !== null) {
		// Deliberately not validated: tests inject statuses the contract may not declare.
		logError(`[sandbox] injected failure ${injected.status}: ${method} ${path}`)
		return respond({ status: injected.status, data: { error: injected.error ?? 'injected' } })
	}

	const user = credentials.user
	const info: RequestInfo = { method, path, user: user?.id ?? '(guest)', body: body.value }
	const value = body.value
	const base = {
		state,
		params: matched.params,
		query,
		body: (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>,
		baseUrl: baseUrlOf(req),
		info,
		browser: browserHandle(state, parseCookies(req)[BROWSER_COOKIE], (header) => setCookies.push(header)),
	}
	let result: OcsResult
	try {
		result = route.public === true ? route.handle({ ...base, user }) : route.handle({ ...base, user: user! })
	} catch (error) {
		if (!(error instanceof OcsError)) {
			throw error
		}
		result = { status: error.status, data: error.data }
	}

	if (api.contract !== null && operation !== null) {
		const errors = api.contract.validateResponse(operation.operation, result.status, envelope(result))
		if (errors.length > 0) {
			return respond(violation('response', errors, result.status))
		}
	}
	if (result.raw !== undefined) {
		return sendText(res, result.status, result.raw.contentType, result.raw.body, { 'Content-Disposition': `attachment; filename="${result.raw.fileName}"` })
	}
	respond(result)
}
