/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Who the request acts as, and in which language and theme. Pages take `?user=`, `?lang=`,
 * `?theme=` and remember them in cookies; API calls use HTTP Basic auth (as Nextcloud allows),
 * else the cookie, else the default user.
 */
import type { IncomingMessage } from 'node:http'
import type { ThemeName } from './theme.ts'
import type { SandboxUser } from './users.ts'

import { parseCookies } from './http.ts'
import { DEFAULT_USER, findUser } from './users.ts'

export const LANGUAGES = ['en', 'de'] as const
export type Language = typeof LANGUAGES[number]

export interface Session {
	user: SandboxUser
	lang: Language
	theme: ThemeName
	/** Cookies to set so the choice sticks for later requests. */
	setCookies: string[]
}

const cookie = (name: string, value: string) => `${name}=${encodeURIComponent(value)}; Path=/; SameSite=Lax`

function basicAuthUser(req: IncomingMessage): SandboxUser | undefined {
	const header = req.headers.authorization ?? ''
	if (!header.startsWith('Basic ')) {
		return undefined
	}
	const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8')
	return findUser(decoded.split(':')[0])
}

export function resolveSession(req: IncomingMessage, url: URL): Session {
	const cookies = parseCookies(req)
	const setCookies: string[] = []
	const queryUser = findUser(url.searchParams.get('user'))
	if (queryUser !== undefined) {
		setCookies.push(cookie('sandbox_user', queryUser.id))
	}
	const user = basicAuthUser(req) ?? queryUser ?? findUser(cookies.sandbox_user) ?? findUser(DEFAULT_USER)!

	const queryLang = url.searchParams.get('lang')
	const isLang = (value: string | null | undefined): value is Language => LANGUAGES.includes(value as Language)
	if (isLang(queryLang)) {
		setCookies.push(cookie('sandbox_lang', queryLang))
	}
	const lang = isLang(queryLang) ? queryLang : isLang(cookies.sandbox_lang) ? cookies.sandbox_lang : 'en'

	const queryTheme = url.searchParams.get('theme')
	if (queryTheme === 'dark' || queryTheme === 'light') {
		setCookies.push(cookie('sandbox_theme', queryTheme))
	}
	const themeValue = queryTheme ?? cookies.sandbox_theme
	const theme: ThemeName = themeValue === 'dark' ? 'dark' : 'light'
	return { user, lang, theme, setCookies }
}
