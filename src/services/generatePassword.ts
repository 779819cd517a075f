/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * A strong meeting password: from the password_policy app's generator when it is installed
 * (so the organisation's password rules apply), else from the Web Crypto API.
 */
import { getCapabilities } from '@nextcloud/capabilities'
import { ocsRequest } from '../api/ocs.ts'

/** No look-alikes (0/O, 1/l/I) so the password survives being read out on the phone. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_+!?'
export const GENERATED_MIN_LENGTH = 20

export function randomPassword(length: number, random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
	// Rejection sampling keeps every character equally likely.
	const limit = 256 - (256 % ALPHABET.length)
	let password = ''
	while (password.length < length) {
		for (const byte of random(new Uint8Array(length * 2))) {
			if (byte < limit && password.length < length) {
				password += ALPHABET[byte % ALPHABET.length]
			}
		}
	}
	return password
}

export async function generatePassword(minLength: number, capabilities: unknown = getCapabilities()): Promise<string> {
	const length = Math.max(minLength, GENERATED_MIN_LENGTH)
	const url = (capabilities as { password_policy?: { api?: { generate?: unknown } } } | null)?.password_policy?.api?.generate
	if (typeof url === 'string' && url !== '') {
		try {
			const { data } = await ocsRequest<{ password?: unknown }>('GET', url + (url.includes('?') ? '&' : '?') + 'context=sharing')
			if (typeof data?.password === 'string' && data.password.length >= length) {
				return data.password
			}
		} catch {
			// The generator is optional; Web Crypto is just as strong.
		}
	}
	return randomPassword(length)
}
