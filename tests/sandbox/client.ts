/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * A tiny HTTP client for the sandbox tests: OCS calls as a given user, control calls.
 */
import type { Sandbox } from '../../sandbox/index.ts'

import { afterAll, beforeAll, beforeEach } from 'vitest'
import { startSandbox } from '../../sandbox/index.ts'

/** Control requests must say they are one (the sandbox refuses cross-origin control requests). */
export const CONTROL_HEADERS = { 'X-Sandbox-Control': '1' }

export interface OcsReply<T = any> { status: number, data: T, meta: { status: string, statuscode: number, message?: string } }

export function client(base: string) {
	async function ocs<T = any>(method: string, path: string, options: { user?: string, body?: unknown, headers?: Record<string, string> } = {}): Promise<OcsReply<T>> {
		const response = await fetch(base + path, {
			method,
			headers: {
				'OCS-APIRequest': 'true',
				Accept: 'application/json',
				Authorization: 'Basic ' + Buffer.from(`${options.user ?? 'alice'}:secret`).toString('base64'),
				...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
				...options.headers,
			},
			...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
		})
		const json = await response.json() as { ocs: { meta: OcsReply['meta'], data: T } }
		return { status: response.status, data: json.ocs.data, meta: json.ocs.meta }
	}
	const talk = <T = any>(method: string, path: string, options?: Parameters<typeof ocs>[2]) => ocs<T>(method, '/ocs/v2.php/apps/spreed/api/v4' + path, options)
	const own = <T = any>(method: string, path: string, options?: Parameters<typeof ocs>[2]) => ocs<T>(method, '/ocs/v2.php/apps/safe_meeting/api/v1' + path, options)
	async function control<T = any>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetch(`${base}/__sandbox/${path}`, { method, headers: CONTROL_HEADERS, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
		return await response.json() as T
	}
	return { ocs, talk, own, control }
}

/** One sandbox per test file, reset before every test. Read `env.api` / `env.sandbox` inside tests. */
export function useSandbox(): { sandbox: Sandbox, api: ReturnType<typeof client> } {
	const env = {} as { sandbox: Sandbox, api: ReturnType<typeof client> }
	beforeAll(async () => {
		env.sandbox = await startSandbox({ port: 0 })
		env.api = client(env.sandbox.url)
	})
	afterAll(async () => {
		await env.sandbox.close()
	})
	beforeEach(async () => {
		await env.api.control('POST', 'reset')
	})
	return env
}
