/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The OCS request pipeline shared by Talk's and our own API: route, OCS-APIRequest check, contract
 * validation of request and response, injected failures, OCS envelope. A contract mismatch is loud:
 * HTTP 500 "contract violation", recorded in state.violations and printed to stderr.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { OpenApiValidator } from './openapiValidator.ts'
import type { RequestInfo, SandboxState } from './state.ts'
import type { SandboxUser } from './users.ts'

import { baseUrlOf, parseJsonBody, parseQuery, readBody, sendJson, sendText } from './http.ts'
import { logError } from './log.ts'

export interface OcsResult {
	status: number
	data: unknown
	message?: string
	/** A download instead of the OCS envelope (e.g. a CSV export). */
	raw?: { contentType: string, body: string, fileName: string }
}

export interface OcsContext {
	state: SandboxState
	user: SandboxUser
	params: Record<string, string>
	query: Record<string, string | string[]>
	body: Record<string, unknown>
	baseUrl: string
	info: RequestInfo
}

export interface OcsRoute {
	method: string
	/** Full path with `{name}` placeholders. */
	template: string
	/** Talk capability the route needs; without it the route does not exist (older Talk): 404. */
	feature?: string
	handle: (ctx: OcsContext) => OcsResult
}

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

function violationResult(kind: string, errors: string[]): OcsResult {
	const message = `contract violation (${kind}): ${errors.join('; ')}`
	return { status: 500, data: { error: 'contract-violation', message }, message }
}

/**
 * Takes the next matching injected failure, if any.
 */
function takeFailure(state: SandboxState, method: string, path: string): number | null {
	const failure = state.failures.find((f) => (f.method === undefined || f.method.toUpperCase() === method) && path.includes(f.path) && f.times > 0)
	if (failure === undefined) {
		return null
	}
	failure.times--
	state.failures = state.failures.filter((f) => f.times > 0)
	return failure.status
}

export async function handleOcs(api: OcsApi, state: SandboxState, user: SandboxUser, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
	const method = req.method ?? 'GET'
	const path = url.pathname
	const contractName = api.contract?.name ?? 'core'
	const query = parseQuery(url)
	const raw = await readBody(req)
	const respond = (result: OcsResult) => sendJson(res, result.status, envelope(result))

	let body: unknown
	try {
		body = parseJsonBody(raw)
	} catch {
		recordViolation(state, { contract: contractName, direction: 'request', method, path, errors: ['request body is not valid JSON'] })
		return respond(violationResult('request', ['request body is not valid JSON']))
	}

	const operation = api.contract?.match(method, path) ?? null
	if (api.contract !== null && operation === null) {
		const errors = [`${method} ${path} is not an operation of ${contractName}'s contract`]
		recordViolation(state, { contract: contractName, direction: 'request', method, path, errors })
		return respond(violationResult('request', errors))
	}

	// Nextcloud's CSRF rule: OCS calls need OCS-APIRequest: true (or, outside a contract, a request token).
	const ocsHeader = req.headers['ocs-apirequest'] === 'true'
	if (!ocsHeader && (api.contract !== null || req.headers.requesttoken === undefined)) {
		if (api.contract !== null) {
			recordViolation(state, { contract: contractName, direction: 'request', method, path, errors: ['missing header OCS-APIRequest: true (Nextcloud answers 412 CSRF check failed)'] })
		}
		return respond({ status: 412, data: [], message: 'CSRF check failed' })
	}

	if (api.contract !== null && operation !== null) {
		const errors = api.contract.validateRequest(operation.operation, {
			pathParams: operation.pathParams,
			query,
			headers: req.headers,
			body,
		})
		if (errors.length > 0) {
			recordViolation(state, { contract: contractName, direction: 'request', method, path, errors })
			return respond(violationResult('request', errors))
		}
	}

	const matched = matchRoute(api.routes, method, path)
	if (matched === null) {
		logError(`[sandbox] not simulated: ${method} ${path}`)
		return respond({ status: 501, data: [], message: `sandbox: ${method} ${path} is not simulated` })
	}
	if (matched.route.feature !== undefined && !state.features.has(matched.route.feature)) {
		// An older Talk without this feature has no such route: Nextcloud's OCS 404.
		return respond({ status: 404, data: [], message: 'Invalid query, please check the syntax. API specifications are here: http://www.freedesktop.org/wiki/Specifications/open-collaboration-services.' })
	}

	const injected = takeFailure(state, method, path)
	if (injected !== null) {
		// Deliberately not validated: tests inject statuses the contract may not declare.
		logError(`[sandbox] injected failure ${injected}: ${method} ${path}`)
		return respond({ status: injected, data: { error: 'injected' } })
	}

	const info: RequestInfo = { method, path, user: user.id, body }
	const bodyObject = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>
	let result: OcsResult
	try {
		result = matched.route.handle({ state, user, params: matched.params, query, body: bodyObject, baseUrl: baseUrlOf(req), info })
	} catch (error) {
		if (!(error instanceof OcsError)) {
			throw error
		}
		result = { status: error.status, data: error.data }
	}

	if (api.contract !== null && operation !== null) {
		const errors = api.contract.validateResponse(operation.operation, result.status, envelope(result))
		if (errors.length > 0) {
			recordViolation(state, { contract: contractName, direction: 'response', method, path, status: result.status, errors })
			return respond(violationResult('response', errors))
		}
	}
	if (result.raw !== undefined) {
		return sendText(res, result.status, result.raw.contentType, result.raw.body, { 'Content-Disposition': `attachment; filename="${result.raw.fileName}"` })
	}
	respond(result)
}
