/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * An admin's write: Nextcloud's password confirmation first (loaded on demand), then the request.
 */
import type { Failure } from './failure.ts'

import { confirmPassword } from '../services/confirmPassword.ts'
import { toFailure } from './failure.ts'

/** The server's answer, or why the write did not happen (a refused password sends nothing) and the error. */
export async function confirmedWrite<T>(request: () => Promise<T>): Promise<{ ok: true, value: T } | { ok: false, failure: Failure, error: unknown }> {
	try {
		await confirmPassword()
	} catch (error) {
		return { ok: false, failure: { kind: 'password', message: '' }, error }
	}
	try {
		return { ok: true, value: await request() }
	} catch (error) {
		return { ok: false, failure: toFailure(error), error }
	}
}
