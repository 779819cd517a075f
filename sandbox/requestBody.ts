/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Request bodies as Nextcloud reads them: JSON (`application/json`) or form-encoded
 * (`application/x-www-form-urlencoded`, PHP's `a[b][]=c` nesting). Nextcloud does not read other
 * bodies as parameters, so neither does the sandbox.
 */
import { parseJsonBody } from './http.ts'

export interface RequestBody {
	value: unknown
	/** `form` values are strings until the contract casts them (openapiValidator.checkRequest). */
	encoding: 'none' | 'json' | 'form' | 'ignored'
}

/**
 * Throws SyntaxError for malformed JSON.
 */
export function parseRequestBody(contentType: string | undefined, raw: string): RequestBody {
	if (raw.trim() === '') {
		return { value: undefined, encoding: 'none' }
	}
	const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
	if (type === 'application/json') {
		return { value: parseJsonBody(raw), encoding: 'json' }
	}
	if (type === 'application/x-www-form-urlencoded') {
		return { value: parsePhpForm(raw), encoding: 'form' }
	}
	return { value: undefined, encoding: 'ignored' }
}

type Node = Record<string, unknown> | unknown[]

/** Names PHP would turn into prototype properties of a plain object here. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype'])

function put(container: Node, parts: string[], value: string): void {
	const [head, ...rest] = parts as [string, ...string[]]
	const child = (): Node => (rest[0] === '' ? [] : {})
	if (Array.isArray(container) && head === '') {
		if (rest.length === 0) {
			container.push(value)
		} else {
			const next = child()
			container.push(next)
			put(next, rest, value)
		}
		return
	}
	const target = container as Record<string, unknown>
	if (rest.length === 0) {
		target[head] = value
		return
	}
	const existing = target[head]
	const next = typeof existing === 'object' && existing !== null ? existing as Node : child()
	target[head] = next
	put(next, rest, value)
}

/**
 * `participants[users][]=alice&roomName=x` → `{participants: {users: ['alice']}, roomName: 'x'}`.
 */
export function parsePhpForm(raw: string): Record<string, unknown> {
	const result: Record<string, unknown> = {}
	for (const [key, value] of new URLSearchParams(raw)) {
		const name = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key)
		const parts = name === null ? [key] : [name[1]!, ...[...name[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)]
		if (!parts.some((part) => UNSAFE.has(part))) {
			put(result, parts, value)
		}
	}
	return result
}
