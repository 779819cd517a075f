/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Validates requests and responses against an OpenAPI 3.0 document with ajv. OpenAPI 3.0 schemas are
 * not JSON Schema (`nullable`, local `$ref`s into the document), so they are converted once here.
 */
import type { ValidateFunction } from 'ajv'
import type { RequestProblem } from './requestProblems.ts'

import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { isAppRefusal, isMiddlewareAnswer, isOutOfRangeAnswer, relaxRequestSchema } from './contractRelaxations.ts'
import { isBoundedInteger, problem, problemsOf } from './requestProblems.ts'

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
		return this.checkRequest(operation, request).map((found) => found.message)
	}

	/**
	 * Like validateRequest, sorted (requestProblems.ts). A form-encoded body (`castBody`) is cast to
	 * the contract's types first, as Nextcloud's dispatcher casts parameters to the controller's.
	 */
	checkRequest(operation: Operation, request: RequestParts & { castBody?: boolean }): RequestProblem[] {
		const problems: RequestProblem[] = []
		for (const param of operation.parameters) {
			const raw = param.in === 'path'
				? request.pathParams[param.name]
				: param.in === 'query'
					? (request.query[param.name] ?? request.query[`${param.name}[]`])
					: param.in === 'header' ? request.headers[param.name.toLowerCase()] : undefined
			if (raw === undefined) {
				if (param.required === true) {
					problems.push(problem(`missing required ${param.in} parameter "${param.name}"`))
				}
				continue
			}
			if (param.schema !== undefined) {
				const schema = convert(param.schema, this.docId) as Schema
				const check = this.compile(`${operation.operationId}:param:${param.in}:${param.name}`, { type: 'object', properties: { value: schema } }, true)
				if (!check({ value: booleanish(raw, param.schema) })) {
					// A path value outside the contract is a route Nextcloud does not have: never a mere range problem.
					const ranged = param.in === 'query'
					problems.push(...problemsOf(check.errors ?? [], `${param.in} parameter "${param.name}"`, () => schema).map((found) => ({
						...found,
						message: found.message.replace('/value', ''),
						parameter: param.name,
						outOfRange: ranged && found.outOfRange,
						dispatcherRange: ranged && found.outOfRange && isBoundedInteger(schema),
					})))
				}
			}
		}
		const content = operation.requestBody?.content?.['application/json']
		if (content?.schema !== undefined) {
			const bodyMissing = request.body === undefined
			if (bodyMissing && operation.requestBody?.required === true) {
				problems.push(problem('missing required request body'))
			} else {
				const schema = convert(relaxRequestSchema(operation.operationId, content.schema), this.docId) as Schema
				const cast = request.castBody === true
				const check = this.compile(`${operation.operationId}:body:${cast ? 'cast' : 'strict'}`, schema, cast)
				const body = bodyMissing ? {} : (cast ? castBooleans(request.body, schema) : request.body)
				if (!check(body)) {
					const properties = (schema.properties ?? {}) as Record<string, Schema>
					problems.push(...problemsOf(check.errors ?? [], 'request body', (name) => properties[name]))
				}
			}
		} else if (request.body !== undefined && operation.requestBody === undefined && isNonEmpty(request.body)) {
			problems.push(problem('request body sent to an operation that takes none'))
		}
		return problems
	}

	/**
	 * Every way the response breaks the contract for this status; empty when it conforms.
	 */
	validateResponse(operation: Operation, status: number, body: unknown): string[] {
		const data = (body as { ocs?: { data?: unknown } })?.ocs?.data
		if (isMiddlewareAnswer(status, data) || isOutOfRangeAnswer(this.parameterNames(operation), status, data)) {
			return []
		}
		const declared = operation.responses[String(status)]
		if (declared === undefined) {
			if (isAppRefusal(operation.operationId, status, data)) {
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

	/** Names of the operation's query/path parameters and top-level body fields. */
	private parameterNames(operation: Operation): string[] {
		const body = operation.requestBody?.content?.['application/json']?.schema as { properties?: Record<string, unknown> } | undefined
		return [...operation.parameters.map((param) => param.name), ...Object.keys(body?.properties ?? {})]
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

/**
 * PHP casts "1"/"0"/"" to booleans; ajv's coercion only knows "true"/"false". Top-level only, in place.
 */
function castBooleans(body: unknown, schema: Schema): unknown {
	const properties = (schema.properties ?? {}) as Record<string, Schema>
	if (typeof body === 'object' && body !== null) {
		for (const [name, value] of Object.entries(body)) {
			const types = [properties[name]?.type].flat()
			if (types.includes('boolean') && (value === '1' || value === '0' || value === '')) {
				(body as Record<string, unknown>)[name] = value === '1'
			}
		}
	}
	return body
}

function isNonEmpty(body: unknown): boolean {
	return typeof body === 'object' && body !== null && Object.keys(body).length > 0
}
