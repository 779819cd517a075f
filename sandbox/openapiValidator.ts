/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Validates requests and responses against an OpenAPI 3.0 document with ajv. OpenAPI 3.0 schemas are
 * not JSON Schema (`nullable`, local `$ref`s into the document), so they are converted once here.
 */
import type { ValidateFunction } from 'ajv'

import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { isAppRefusal, MIDDLEWARE_STATUSES, relaxRequestSchema } from './contractRelaxations.ts'

type Json = Record<string, unknown>
type Schema = Json

interface Parameter { name: string, in: 'path' | 'query' | 'header' | 'cookie', required?: boolean, schema?: Schema }

export interface Operation {
	operationId: string
	method: string
	template: string
	parameters: Parameter[]
	requestBody?: { required?: boolean, content?: Record<string, { schema?: Schema }> }
	responses: Record<string, { content?: Record<string, { schema?: Schema }> }>
}

export interface MatchedOperation { operation: Operation, pathParams: Record<string, string> }

export interface RequestParts {
	pathParams: Record<string, string>
	query: Record<string, string | string[]>
	headers: Record<string, string | string[] | undefined>
	body: unknown
}

// ajv-formats ships CommonJS; under ESM its callable is either the default or the module itself.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv

/**
 * Converts an OpenAPI 3.0 schema tree to JSON Schema: `nullable` → null type, refs → into `docId`.
 */
function convert(node: unknown, docId: string): unknown {
	if (Array.isArray(node)) {
		return node.map((item) => convert(item, docId))
	}
	if (typeof node !== 'object' || node === null) {
		return node
	}
	const out: Json = {}
	for (const [key, value] of Object.entries(node)) {
		if (key === 'nullable' || key === 'example' || key === 'deprecated') {
			continue
		}
		out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#')
			? docId + value
			: convert(value, docId)
	}
	if ((node as Json).nullable === true) {
		if (typeof out.$ref === 'string') {
			return { anyOf: [{ $ref: out.$ref }, { type: 'null' }] }
		}
		if (typeof out.type === 'string') {
			out.type = [out.type, 'null']
			if (Array.isArray(out.enum)) {
				out.enum = [...out.enum, null]
			}
		} else if (out.type === undefined && out.anyOf === undefined && out.allOf === undefined && out.oneOf === undefined) {
			// `{nullable: true}` alone means "anything, including null".
			return out
		} else {
			return { anyOf: [out, { type: 'null' }] }
		}
	}
	return out
}

export class OpenApiValidator {
	readonly name: string
	private readonly ajv: Ajv
	private readonly coercing: Ajv
	private readonly docId: string
	private readonly operations: Operation[] = []
	private readonly cache = new Map<string, ValidateFunction>()

	constructor(name: string, file: string) {
		this.name = name
		this.docId = `${name}.json`
		const doc = JSON.parse(readFileSync(file, 'utf8')) as Json
		// strict: false because OpenAPI annotations (description, format int64, …) are not JSON Schema keywords.
		this.ajv = addFormats(new Ajv({ strict: false, allErrors: true }))
		this.coercing = addFormats(new Ajv({ strict: false, allErrors: true, coerceTypes: 'array' }))
		const components = convert(doc.components ?? {}, this.docId)
		this.ajv.addSchema({ $id: this.docId, components }, this.docId)
		this.coercing.addSchema({ $id: this.docId, components }, this.docId)
		for (const [template, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
			const shared = (item.parameters ?? []) as Parameter[]
			for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
				const op = item[method] as Json | undefined
				if (op === undefined) {
					continue
				}
				this.operations.push({
					operationId: String(op.operationId ?? `${method} ${template}`),
					method: method.toUpperCase(),
					template,
					parameters: [...shared, ...((op.parameters ?? []) as Parameter[])],
					requestBody: op.requestBody as Operation['requestBody'],
					responses: (op.responses ?? {}) as Operation['responses'],
				})
			}
		}
		// Literal segments win over templates (`/room/note-to-self` before `/room/{token}`).
		this.operations.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0))
	}

	match(method: string, path: string): MatchedOperation | null {
		for (const operation of this.operations) {
			if (operation.method !== method) {
				continue
			}
			const names: string[] = []
			const pattern = operation.template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, name: string) => {
				names.push(name)
				return '([^/]+)'
			})
			const found = new RegExp(`^${pattern}$`).exec(path)
			if (found !== null) {
				const pathParams: Record<string, string> = {}
				names.forEach((name, index) => {
					pathParams[name] = decodeURIComponent(found[index + 1]!)
				})
				return { operation, pathParams }
			}
		}
		return null
	}

	/**
	 * Every way the request breaks the contract; empty when it conforms.
	 */
	validateRequest(operation: Operation, request: RequestParts): string[] {
		const errors: string[] = []
		for (const param of operation.parameters) {
			const raw = param.in === 'path'
				? request.pathParams[param.name]
				: param.in === 'query'
					? (request.query[param.name] ?? request.query[`${param.name}[]`])
					: param.in === 'header' ? request.headers[param.name.toLowerCase()] : undefined
			if (raw === undefined) {
				if (param.required === true) {
					errors.push(`missing required ${param.in} parameter "${param.name}"`)
				}
				continue
			}
			if (param.schema !== undefined) {
				const value = { value: booleanish(raw, param.schema) }
				const check = this.compile(`${operation.operationId}:param:${param.in}:${param.name}`, {
					type: 'object',
					properties: { value: convert(param.schema, this.docId) },
				}, true)
				if (!check(value)) {
					errors.push(`${param.in} parameter "${param.name}": ${this.coercing.errorsText(check.errors, { dataVar: param.name }).replaceAll(`${param.name}/value`, param.name)}`)
				}
			}
		}
		const content = operation.requestBody?.content?.['application/json']
		if (content?.schema !== undefined) {
			const bodyMissing = request.body === undefined
			if (bodyMissing && operation.requestBody?.required === true) {
				errors.push('missing required JSON request body')
			} else {
				const schema = relaxRequestSchema(operation.operationId, content.schema)
				const check = this.compile(`${operation.operationId}:body`, convert(schema, this.docId) as Schema)
				if (!check(bodyMissing ? {} : request.body)) {
					errors.push(`request body: ${this.ajv.errorsText(check.errors, { dataVar: 'body' })}`)
				}
			}
		} else if (request.body !== undefined && operation.requestBody === undefined && isNonEmpty(request.body)) {
			errors.push('request body sent to an operation that takes none')
		}
		return errors
	}

	/**
	 * Every way the response breaks the contract for this status; empty when it conforms.
	 */
	validateResponse(operation: Operation, status: number, body: unknown): string[] {
		const declared = operation.responses[String(status)]
		if (declared === undefined) {
			const data = (body as { ocs?: { data?: unknown } })?.ocs?.data
			const empty = data === null || (Array.isArray(data) && data.length === 0)
			if ((MIDDLEWARE_STATUSES.includes(status) && empty) || isAppRefusal(operation.operationId, status, data)) {
				return []
			}
			return [`status ${status} is not declared for ${operation.operationId} (declared: ${Object.keys(operation.responses).join(', ')})`]
		}
		const schema = declared.content?.['application/json']?.schema
		if (schema === undefined) {
			return []
		}
		const check = this.compile(`${operation.operationId}:response:${status}`, convert(schema, this.docId) as Schema)
		return check(body) ? [] : [`response ${status}: ${this.ajv.errorsText(check.errors, { dataVar: 'response' })}`]
	}

	private compile(key: string, schema: Schema, coerce = false): ValidateFunction {
		const cached = this.cache.get(key)
		if (cached !== undefined) {
			return cached
		}
		const compiled = (coerce ? this.coercing : this.ajv).compile(schema)
		this.cache.set(key, compiled)
		return compiled
	}
}

/**
 * Nextcloud reads "1"/"0" as booleans too; ajv only coerces "true"/"false".
 */
function booleanish(raw: string | string[], schema: Schema): unknown {
	if (schema.type === 'boolean' && typeof raw === 'string' && (raw === '1' || raw === '0')) {
		return raw === '1'
	}
	return raw
}

function isNonEmpty(body: unknown): boolean {
	return typeof body === 'object' && body !== null && Object.keys(body).length > 0
}
