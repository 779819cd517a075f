/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The sandbox answers only its own host names, refuses control requests a web page on another
 * origin could make, and answers malformed paths with a plain 400 that tells nothing about itself.
 */
import type { Sandbox } from '../../sandbox/index.ts'

// @vitest-environment node
import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSandbox } from '../../sandbox/index.ts'
import { isCleanTarget } from '../../sandbox/requestGuard.ts'

let sandbox: Sandbox

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 })
})
afterAll(async () => {
	await sandbox.close()
})

/** A raw HTTP request (fetch normalises paths and sets Host itself). */
function raw(method: string, target: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number, body: string }> {
	return new Promise((resolve, reject) => {
		// An empty host stands for "no Host header at all".
		const all = Object.fromEntries(Object.entries({ host: `127.0.0.1:${sandbox.port}`, ...headers }).filter(([name, value]) => name !== 'host' || value !== ''))
		const req = httpRequest({ host: '127.0.0.1', port: sandbox.port, method, path: target, headers: all, setHost: false }, (res) => {
			let text = ''
			res.on('data', (chunk: Buffer) => {
				text += chunk.toString('utf8')
			})
			res.on('end', () => resolve({ status: res.statusCode!, body: text }))
		})
		req.on('error', reject)
		req.end(body)
	})
}

const CONTROL = { 'x-sandbox-control': '1' }

describe('Host header', () => {
	it.each(['127.0.0.1', 'localhost', '[::1]'])('answers %s on its own port', async (name) => {
		expect((await raw('GET', '/status.php', { host: `${name}:${sandbox.port}` })).status).toBe(200)
	})

	it.each(['evil.example', `evil.example:${1}`, '127.0.0.1:1', `localhost.evil.example:${0}`])('refuses Host "%s" with 400 (untrusted domain)', async (host) => {
		const reply = await raw('GET', '/status.php', { host: host.replace(/:0$/, `:${sandbox.port}`) })
		expect(reply.status).toBe(400)
		expect(reply.body).toBe('Access through untrusted domain')
	})

	it('refuses a request without Host', async () => {
		expect((await raw('GET', '/status.php', { host: '' })).status).toBe(400)
	})

	it('refuses an untrusted host for the API and the control endpoints too', async () => {
		expect((await raw('POST', '/__sandbox/reset', { ...CONTROL, host: `rebind.example:${sandbox.port}` })).status).toBe(400)
		expect((await raw('GET', '/ocs/v2.php/cloud/capabilities', { host: 'rebind.example' })).status).toBe(400)
	})
})

describe('control endpoints', () => {
	it('serves a request from a test tool', async () => {
		expect((await raw('GET', '/__sandbox/rooms', CONTROL)).status).toBe(200)
		expect((await raw('POST', '/__sandbox/reset', { ...CONTROL, origin: `http://127.0.0.1:${sandbox.port}`, 'sec-fetch-site': 'same-origin' })).status).toBe(200)
	})

	it('refuses a request without the control header, even a GET', async () => {
		const reply = await raw('GET', '/__sandbox/rooms')
		expect(reply.status).toBe(403)
		expect(JSON.parse(reply.body).error).toContain('x-sandbox-control')
	})

	it('refuses a cross-origin text/plain POST (what an HTML form or a no-cors fetch sends) and changes nothing', async () => {
		await raw('POST', '/__sandbox/time', CONTROL, JSON.stringify({ now: 2_000_000_000 }))
		const reply = await raw('POST', '/__sandbox/reset', { 'content-type': 'text/plain', origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' }, '{}')
		expect(reply.status).toBe(403)
		expect(sandbox.state.clockOffset).not.toBe(0)
	})

	it.each([
		['another origin', { origin: 'http://evil.example' }],
		['another port of the same host', { origin: 'http://127.0.0.1:1' }],
		['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
		['a same-site fetch from another origin', { 'sec-fetch-site': 'same-site' }],
	])('refuses %s even with the control header', async (_name, headers) => {
		expect((await raw('POST', '/__sandbox/reset', { ...CONTROL, ...headers })).status).toBe(403)
	})
})

describe('malformed request targets', () => {
	it.each([
		['a broken percent-escape in a static path', '/apps/safe_meeting/js/%E0%A4%A.mjs'],
		['a broken percent-escape in an API path', '/ocs/v2.php/apps/spreed/api/v4/room/%zz'],
		['an encoded traversal', '/apps/safe_meeting/js/..%2F..%2Fpackage.json'],
		['an encoded dot-dot segment', '/apps/safe_meeting/js/%2e%2e/package.json'],
		['an encoded backslash', '/apps/safe_meeting/js/..%5Cpackage.json'],
		['an encoded NUL', '/apps/safe_meeting/img/app.svg%00.png'],
		['a literal traversal', '/apps/safe_meeting/js/../../package.json'],
		['a target that is not a path', 'http://evil.example/'],
		['a protocol-relative target', '//evil.example/status.php'],
	])('answers %s with a plain 400 that leaks nothing', async (_name, target) => {
		const reply = await raw('GET', target)
		expect(reply.status).toBe(400)
		expect(reply.body).toBe('Bad request')
	})

	it('still serves clean paths, including encoded characters', async () => {
		expect((await raw('GET', '/apps/safe_meeting/img/app.svg')).status).toBe(200)
		expect((await raw('GET', '/index.php/avatar/alice%40x/64')).status).toBe(200)
	})

	it.each([
		['/a/b?c=%zz', true],
		['/a/%41', true],
		['/', true],
		['', false],
		['a/b', false],
		['/a/%', false],
		['/a/./b', false],
		['/a/%2E/b', false],
	])('isCleanTarget(%j) is %s', (target, clean) => {
		expect(isCleanTarget(target)).toBe(clean)
	})
})
