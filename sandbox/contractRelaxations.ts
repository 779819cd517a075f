/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * THE ONE PLACE where the sandbox deviates from Talk's published contract, and why.
 * Everything else is validated exactly as the OpenAPI files say.
 */
/**
 * talk.md §3.1: Talk's generated spec marks these `POST /room` fields as required, but
 * RoomController::createRoom has PHP defaults for every one of them (real clients omit them).
 */
export const TALK_OPTIONAL_CREATE_FIELDS: Readonly<Record<string, readonly string[]>> = {
	'room-create-room': ['readOnly', 'listable', 'lobbyState', 'sipEnabled', 'permissions', 'recordingConsent', 'mentionPermissions'],
}

/**
 * talk.md §1.2: Talk's and Nextcloud's middlewares answer 401/403/404/412 with empty `data` for any
 * route (not logged in, not a moderator, room not found or not a participant, lobby, missing
 * OCS-APIRequest): Talk's InjectionMiddleware throws `OCSException('', 404)`, which core renders with
 * `data: []`. The generated spec lists these only for some operations, and for some (e.g. adding a
 * participant) declares the 404 with an `{error}` body the middleware never sends; so an empty-data
 * answer with one of these statuses is accepted for every operation.
 */
export const MIDDLEWARE_STATUSES: readonly number[] = [401, 403, 404, 412]

/** Whether a response is a middleware answer as above: one of those statuses and empty data. */
export function isMiddlewareAnswer(status: number, data: unknown): boolean {
	return MIDDLEWARE_STATUSES.includes(status) && (data === null || (Array.isArray(data) && data.length === 0))
}

/**
 * Nextcloud's dispatcher refuses an `int<min, max>` parameter outside its range before the controller
 * runs, and Talk's ParameterOutOfRangeMiddleware answers 400 `{error: <parameter name>}` for any of
 * its operations; the spec does not list those error values.
 */
export function isOutOfRangeAnswer(parameters: readonly string[], status: number, data: unknown): boolean {
	const error = (data as { error?: unknown } | null)?.error
	return status === 400 && typeof error === 'string' && parameters.includes(error) && Object.keys(data as object).length === 1
}

/**
 * Safe Meeting's own request guard (lib/Middleware/TalkRequestGuardMiddleware.php) answers some Talk
 * operations that no Talk event can veto with a 403 and `{error, message}`; Talk's spec does not list
 * that answer, because Talk itself never gives it.
 */
export const APP_REFUSALS: Readonly<Record<string, number>> = {
	'room-add-participant-to-room': 403,
	'recording-start': 403,
}

/** Whether a response is one of the refusals above: the right status and `{error: string, message: string}`. */
export function isAppRefusal(operationId: string, status: number, data: unknown): boolean {
	const refusal = data as { error?: unknown, message?: unknown } | null
	return APP_REFUSALS[operationId] === status && typeof refusal?.error === 'string' && typeof refusal.message === 'string'
}

/**
 * Removes the fields above from the `required` list of the operation's JSON request body schema.
 */
export function relaxRequestSchema(operationId: string, schema: Record<string, unknown>): Record<string, unknown> {
	const optional = TALK_OPTIONAL_CREATE_FIELDS[operationId]
	if (optional === undefined || !Array.isArray(schema.required)) {
		return schema
	}
	return { ...schema, required: (schema.required as string[]).filter((name) => !optional.includes(name)) }
}
