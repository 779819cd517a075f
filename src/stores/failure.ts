/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Why a request of the compliance centre failed; the view turns it into a sentence.
 */
import { OcsError } from '../api/ocs.ts'

/** `message` is the server's own translated message, '' when it sent none. */
export interface Failure {
	kind: 'password' | 'forbidden' | 'network' | 'server'
	message: string
}

export function toFailure(error: unknown): Failure {
	if (!(error instanceof OcsError)) {
		return { kind: 'server', message: '' }
	}
	const kind = error.status === 0 ? 'network' : error.status === 403 ? 'forbidden' : 'server'
	return { kind, message: error.hint }
}
