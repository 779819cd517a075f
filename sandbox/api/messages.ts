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
	'not-allowed': 'is not allowed by the policy',
	locked: 'is locked by the policy',
	'out-of-range': 'is out of range ({min}–{max})',
	'end-before-start': 'must be after the start',
	'in-past': 'is in the past',
	'guests-not-allowed': 'guests are not allowed by the policy',
	'unknown-key': 'is not a known key',
	loosens: 'would loosen the organisation rule',
	'wrong-type': 'has the wrong type',
}

export function violationMessage(v: Violation): ApiViolation {
	const text = (TEXT[v.code] ?? v.code).replace(/\{(\w+)\}/g, (_m, key: string) => String(v.params?.[key] ?? `{${key}}`))
	return { field: v.field, code: v.code, message: `${v.field === '' ? 'The value' : v.field} ${text}` }
}

export function findingMessage(f: Finding): ApiViolation {
	return { field: 'room', code: f.code, message: `The Talk room does not match the plan (${f.code}): expected ${String(f.expected)}, found ${String(f.actual)}` }
}
