/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Plain-English messages for policy violations and room findings (the PHP side translates its own).
 */
import type { Finding } from '../../src/policy/checkRoom.ts'
import type { Violation } from '../../src/policy/types.ts'

export interface ApiViolation { field: string, code: string, message: string }

const TEXT: Record<string, string> = {
	required: 'is required',
	'too-long': 'is too long (at most {max})',
	'too-short': 'is too short (at least {min})',
	invalid: 'is invalid',
	'not-allowed': 'is weaker than the policy permits: choose {limit} or something stricter',
	locked: 'is locked by the policy: it must stay {value}',
	'out-of-range': 'is out of range: enter a whole number from {min} to {max}',
	empty: 'is empty: enter a whole number from {min} to {max}',
	'not-whole': 'must be a whole number, without decimals, from {min} to {max}',
	'end-before-start': 'must be after the start',
	'in-past': 'is in the past',
	'guests-not-allowed': 'guests are not allowed by the policy',
	'unknown-key': 'is not a known key',
	loosens: 'would loosen the organisation rule',
	'wrong-type': 'has the wrong type',
}

/** The text for a code with its parameters; without them, only the part before the colon (never a bare placeholder). */
export function violationMessage(v: Violation): ApiViolation {
	const template = TEXT[v.code] ?? v.code
	const complete = [...template.matchAll(/\{(\w+)\}/g)].every(([, key]) => v.params?.[key!] !== undefined)
	const text = (complete ? template : template.split(':')[0]!).replace(/\{(\w+)\}/g, (_m, key: string) => String(v.params?.[key]))
	return { field: v.field, code: v.code, message: `${v.field === '' ? 'The value' : v.field} ${text}` }
}

export function findingMessage(f: Finding): ApiViolation {
	return { field: 'room', code: f.code, message: `The Talk room does not match the plan (${f.code}): expected ${String(f.expected)}, found ${String(f.actual)}` }
}
