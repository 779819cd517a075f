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

/** The cookies one browser holds: what makes a guest the same guest on the next request. */
export class CookieJar {
	private readonly cookies = new Map<string, string>()

	header(): string {
		return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
	}

	store(setCookies: string[]): void {
		for (const line of setCookies) {
			const [pair] = line.split(';')
			const index = pair!.indexOf('=')
			this.cookies.set(pair!.slice(0, index).trim(), pair!.slice(index + 1).trim())
		}
	}

	get(name: string): string | undefined {
		return this.cookies.get(name)
	}
}

export interface OcsOptions {
	/** Basic auth as this user (default alice); null sends no credentials. */
	user?: string | null
	/** JSON body. */
	body?: unknown
	/** Form-encoded body (sent instead of `body`). */
	form?: string
	headers?: Record<string, string>
	/** Sends and keeps the cookies of this "browser". */
	jar?: CookieJar
}

export function client(base: string) {
	async function ocs<T = any>(method: string, path: string, options: OcsOptions = {}): Promise<OcsReply<T>> {
		const user = options.user === undefined ? 'alice' : options.user
		const response = await fetch(base + path, {
			method,
			headers: {
				'OCS-APIRequest': 'true',
				Accept: 'application/json',
				...(user === null ? {} : { Authorization: 'Basic ' + Buffer.from(`${user}:secret`).toString('base64') }),
				...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
				...(options.form === undefined ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' }),
				...(options.jar === undefined ? {} : { Cookie: options.jar.header() }),
				...options.headers,
			},
			...(options.form !== undefined ? { body: options.form } : options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
		})
		options.jar?.store(response.headers.getSetCookie())
		const json = await response.json() as { ocs: { meta: OcsReply['meta'], data: T } }
		return { status: response.status, data: json.ocs.data, meta: json.ocs.meta }
	}
	const talk = <T = any>(method: string, path: string, options?: OcsOptions) => ocs<T>(method, '/ocs/v2.php/apps/spreed/api/v4' + path, options)
	const own = <T = any>(method: string, path: string, options?: OcsOptions) => ocs<T>(method, '/ocs/v2.php/apps/safe_meeting/api/v1' + path, options)
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
