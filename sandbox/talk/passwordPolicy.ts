/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The password_policy app as Talk meets it (ValidatePasswordPolicyEvent) and its generator endpoint.
 */
import { randomInt } from 'node:crypto'
import { PASSWORD_MIN_LENGTH } from '../config.ts'

const COMMON = ['password', '123456', 'qwerty', 'letmein', 'nextcloud', 'passwort']

/**
 * null when the password passes, else password_policy's hint (Talk puts it into `message`).
 */
export function passwordPolicyHint(password: string): string | null {
	if (password.length < PASSWORD_MIN_LENGTH) {
		return `Password needs to be at least ${PASSWORD_MIN_LENGTH} characters long.`
	}
	if (COMMON.some((word) => password.toLowerCase() === word.repeat(Math.ceil(password.length / word.length)).slice(0, password.length))) {
		return 'Password is among the 1,000,000 most common ones. Please make it unique.'
	}
	return null
}

/**
 * What password_policy's generate endpoint returns: long, with every character class.
 */
export function generatePassword(length = 24): string {
	const classes = ['abcdefghijkmnopqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '!#$%&*+-=?@_']
	const all = classes.join('')
	const chars = classes.map((set) => set[randomInt(set.length)]!)
	while (chars.length < length) {
		chars.push(all[randomInt(all.length)]!)
	}
	for (let i = chars.length - 1; i > 0; i--) {
		const j = randomInt(i + 1)
		;[chars[i], chars[j]] = [chars[j]!, chars[i]!]
	}
	return chars.join('')
}
