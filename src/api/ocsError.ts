/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Kept apart from the HTTP client (ocs.ts), so code that only tells errors apart does not load it.
 */

/** An error answered by an OCS endpoint: HTTP status, Talk's machine reason and its translated hint. */
export class OcsError extends Error {
	constructor(
		public readonly status: number,
		/** Talk's `error` field (e.g. `password`, `lobby`), '' when the server sent none. */
		public readonly reason: string,
		/** The server's own translated hint (Talk's `message`), '' when none. */
		public readonly hint: string,
		/** Extra payload, e.g. our API's field violations. */
		public readonly data: unknown = null,
	) {
		super(hint || reason || `HTTP ${status}`)
		this.name = 'OcsError'
	}
}
