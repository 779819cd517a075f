/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * One OCS request: adds the OCS header, unwraps the `{ocs: {meta, data}}` envelope and turns every
 * failure into an OcsError. Shared by the Talk client and our own API client.
 */
import axios, { isAxiosError } from '@nextcloud/axios'
import { OcsError } from './ocsError.ts'

export { OcsError }

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface OcsResult<T> {
	status: number
	data: T
}

interface Envelope {
	ocs?: { meta?: { message?: string }, data?: unknown }
}

export async function ocsRequest<T>(method: Method, url: string, body?: object): Promise<OcsResult<T>> {
	try {
		const response = await axios.request<Envelope>({
			method,
			url,
			data: body,
			headers: { 'OCS-APIRequest': 'true', Accept: 'application/json' },
		})
		return { status: response.status, data: response.data?.ocs?.data as T }
	} catch (error) {
		throw toOcsError(error)
	}
}

function toOcsError(error: unknown): OcsError {
	if (!isAxiosError(error) || error.response === undefined) {
		return new OcsError(0, 'network', '')
	}
	const envelope = error.response.data as Envelope | undefined
	const data = envelope?.ocs?.data
	const payload = (typeof data === 'object' && data !== null ? data : {}) as { error?: unknown, message?: unknown }
	return new OcsError(
		error.response.status,
		typeof payload.error === 'string' ? payload.error : '',
		typeof payload.message === 'string' ? payload.message : '',
		data ?? null,
	)
}
