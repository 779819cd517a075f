/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What the sandbox refuses before routing, like a web server in front of Nextcloud would: a `Host`
 * it does not serve (Nextcloud's trusted_domains), request targets that are not a clean path, and
 * control requests (`/__sandbox/*`) that a web page on another origin could have made.
 */
import type { IncomingMessage } from 'node:http'

/** Header every control request must carry; a cross-origin page cannot send it without a preflight, which the sandbox never grants. */
export const CONTROL_HEADER = 'x-sandbox-control'

export type Refusal = { status: 400 | 403, message: string }

/**
 * The host names the sandbox answers to on its port: the one it listens on and the loopback names.
 */
export function trustedHosts(host: string, port: number): Set<string> {
	const names = new Set([host, '127.0.0.1', 'localhost', '[::1]'])
	return new Set([...names].map((name) => `${name}:${port}`.toLowerCase()))
}

export function checkHost(req: IncomingMessage, trusted: Set<string>): Refusal | null {
	const host = (req.headers.host ?? '').toLowerCase()
	return trusted.has(host) ? null : { status: 400, message: 'Access through untrusted domain' }
}

/**
 * Whether an origin-form request target (`/a/b?c`) is clean: starts with a single `/`, every
 * percent-escape of its path is valid, and no segment decodes to `.`, `..`, or something with `/`,
 * `\` or NUL in it (no traversal, no smuggled separators). Routing then decodes segments safely.
 */
export function isCleanTarget(target: string | undefined): boolean {
	if (target === undefined || !target.startsWith('/') || target.startsWith('//')) {
		return false
	}
	const rawPath = target.split(/[?#]/, 1)[0]!
	return rawPath.split('/').slice(1).every((raw) => {
		try {
			const segment = decodeURIComponent(raw)
			return segment !== '.' && segment !== '..' && !/[/\\\0]/.test(segment)
		} catch {
			return false
		}
	})
}

/**
 * A control request must come from a test tool, not from a web page: the control header, and no
 * `Origin`/`Sec-Fetch-Site` that names another site.
 */
export function checkControlRequest(req: IncomingMessage): Refusal | null {
	const refused: Refusal = { status: 403, message: 'cross-origin control requests are refused' }
	if (req.headers[CONTROL_HEADER] !== '1') {
		return { status: 403, message: `control requests need the header ${CONTROL_HEADER}: 1` }
	}
	const origin = req.headers.origin
	if (origin !== undefined && origin !== `http://${req.headers.host}`) {
		return refused
	}
	const site = req.headers['sec-fetch-site']
	if (site !== undefined && site !== 'same-origin' && site !== 'none') {
		return refused
	}
	return null
}
