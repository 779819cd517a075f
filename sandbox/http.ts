/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Small node:http helpers: body parsing, cookies, plain responses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

export async function readBody(req: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = []
	for await (const chunk of req) {
		chunks.push(chunk as Buffer)
	}
	return Buffer.concat(chunks).toString('utf8')
}

/**
 * `undefined` for an empty body; throws SyntaxError for malformed JSON.
 */
export function parseJsonBody(raw: string): unknown {
	return raw.trim() === '' ? undefined : JSON.parse(raw)
}

export function parseCookies(req: IncomingMessage): Record<string, string> {
	const cookies: Record<string, string> = {}
	for (const part of (req.headers.cookie ?? '').split(';')) {
		const index = part.indexOf('=')
		if (index > 0) {
			cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim())
		}
	}
	return cookies
}

/**
 * Query parameters; repeated keys and `key[]` become arrays.
 */
export function parseQuery(url: URL): Record<string, string | string[]> {
	const query: Record<string, string | string[]> = {}
	for (const key of new Set(url.searchParams.keys())) {
		const values = url.searchParams.getAll(key)
		query[key] = values.length > 1 || key.endsWith('[]') ? values : values[0]!
	}
	return query
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
	const text = JSON.stringify(body)
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers })
	res.end(text)
}

export function sendText(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string | string[]> = {}): void {
	res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers })
	res.end(body)
}

export function baseUrlOf(req: IncomingMessage): string {
	return `http://${req.headers.host ?? '127.0.0.1'}`
}
