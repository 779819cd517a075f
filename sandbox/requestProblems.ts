/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * How a request breaks a contract, sorted the way Nextcloud would answer it. A value of the right
 * type outside the allowed range or set reaches the controller (which answers 400 itself, or
 * Nextcloud's dispatcher does for `int<min, max>` parameters); anything else is a malformed request.
 */
import type { ErrorObject } from 'ajv'

export interface RequestProblem {
	message: string
	/** A well-typed value outside the contract's range, enum or length. */
	outOfRange: boolean
	/** The top-level parameter the problem is about, if any. */
	parameter?: string
	/**
	 * Nextcloud's dispatcher checks `int<min, max>` parameters itself (ParameterOutOfRangeException,
	 * which Talk answers with 400 `{error: <parameter>}`): in the contract, an integer with both bounds.
	 */
	dispatcherRange: boolean
}

const RANGE_KEYWORDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum', 'minLength', 'maxLength', 'minItems', 'maxItems'])

type Schema = Record<string, unknown>

/** Whether a (converted) schema is an integer with a lower and an upper bound. */
export function isBoundedInteger(schema: Schema | undefined): boolean {
	const types = Array.isArray(schema?.type) ? schema.type : [schema?.type]
	return types.includes('integer') && typeof schema?.minimum === 'number' && typeof schema.maximum === 'number'
}

/**
 * One problem per ajv error. `propertySchema` gives the schema of a top-level parameter.
 */
export function problemsOf(errors: ErrorObject[], where: string, propertySchema: (name: string) => Schema | undefined): RequestProblem[] {
	return errors.map((error) => {
		const parameter = error.instancePath.split('/')[1] ?? (error.keyword === 'required' ? String(error.params.missingProperty) : undefined)
		const outOfRange = RANGE_KEYWORDS.has(error.keyword)
		return {
			message: `${where}${error.instancePath} ${error.message ?? error.keyword}`,
			outOfRange,
			...(parameter === undefined ? {} : { parameter }),
			dispatcherRange: outOfRange && parameter !== undefined && error.instancePath === `/${parameter}` && isBoundedInteger(propertySchema(parameter)),
		}
	})
}

export const problem = (message: string): RequestProblem => ({ message, outOfRange: false, dispatcherRange: false })
