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
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const LOWER = 'abcdefghijkmnopqrstuvwxyz'
const DIGITS = '23456789'
const SYMBOLS = '-_+!?'
const ALPHABET = UPPER + LOWER + DIGITS + SYMBOLS
export const GENERATED_MIN_LENGTH = 20

type RandomSource = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array
const cryptoRandom: RandomSource = (bytes) => crypto.getRandomValues(bytes)

/** `count` uniformly random indexes below `size`: rejection sampling keeps every index equally likely. */
function randomIndexes(size: number, count: number, random: RandomSource): number[] {
	const limit = 256 - (256 % size)
	const indexes: number[] = []
	while (indexes.length < count) {
		for (const byte of random(new Uint8Array(count * 2))) {
			if (byte < limit && indexes.length < count) {
				indexes.push(byte % size)
			}
		}
	}
	return indexes
}

const pick = (alphabet: string, count: number, random: RandomSource) => randomIndexes(alphabet.length, count, random).map((i) => alphabet[i]!)

/**
 * A random password with at least one upper-case letter, lower-case letter, digit and symbol, so it
 * passes the usual password_policy rules that Talk applies when the room is created.
 */
export function randomPassword(length: number, random: RandomSource = cryptoRandom): string {
	const characters = [...pick(UPPER, 1, random), ...pick(LOWER, 1, random), ...pick(DIGITS, 1, random), ...pick(SYMBOLS, 1, random), ...pick(ALPHABET, Math.max(0, length - 4), random)]
	// Fisher–Yates, so the guaranteed classes are not always in front.
	for (let i = characters.length - 1; i > 0; i--) {
		const j = randomIndexes(i + 1, 1, random)[0]!
		;[characters[i], characters[j]] = [characters[j]!, characters[i]!]
	}
	return characters.join('')
}

export async function generatePassword(minLength: number, capabilities: unknown = getCapabilities()): Promise<string> {
	const length = Math.max(minLength, GENERATED_MIN_LENGTH)
	const url = (capabilities as { password_policy?: { api?: { generate?: unknown } } } | null)?.password_policy?.api?.generate
	if (typeof url === 'string' && url !== '') {
		try {
			// Talk validates room passwords with the account rules (no context), so generate for those.
			const { data } = await ocsRequest<{ password?: unknown }>('GET', url + (url.includes('?') ? '&' : '?') + 'context=account')
			if (typeof data?.password === 'string' && data.password !== '') {
				// The generator's password meets the organisation's rules; lengthen it to ours if shorter.
				return data.password + randomPassword(Math.max(0, length - data.password.length)).slice(0, Math.max(0, length - data.password.length))
			}
		} catch {
			// The generator is optional; Web Crypto is just as strong.
		}
	}
	return randomPassword(length)
}
