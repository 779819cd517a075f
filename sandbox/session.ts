/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Who a request acts as. API requests authenticate like Nextcloud's: HTTP Basic (any password, the
 * user must exist) or the login cookie a page set; without either they are anonymous (401 on user
 * routes; a guest on Talk's public routes). Pages stand in for the login form: `?user=` logs in,
 * the cookie keeps the login, and a page opened without one logs in the default user. Pages also
 * take `?lang=` and `?theme=` and remember them in cookies.
 */
import type { IncomingMessage } from 'node:http'
import type { ThemeName } from './theme.ts'
import type { SandboxUser } from './users.ts'

import { parseCookies } from './http.ts'
import { DEFAULT_USER, findUser } from './users.ts'

/** `de` is Nextcloud's informal German (du), `de_DE` its formal one (Sie). */
export const LANGUAGES = ['en', 'de', 'de_DE'] as const
export type Language = typeof LANGUAGES[number]

/** The login cookie (Nextcloud's session cookie, in short). */
export const LOGIN_COOKIE = 'sandbox_user'

export interface PageSession {
	user: SandboxUser
	lang: Language
	theme: ThemeName
	/** Cookies to set so the choice sticks for later requests. */
	setCookies: string[]
}

/** An API request's credentials: a user, nobody, or credentials Nextcloud would refuse. */
export type Credentials = { user: SandboxUser | null } | 'invalid'

export const cookie = (name: string, value: string, flags = '') => `${name}=${encodeURIComponent(value)}; Path=/; SameSite=Lax${flags}`

function basicAuth(req: IncomingMessage): Credentials | undefined {
	const header = req.headers.authorization
	if (header === undefined) {
		return undefined
	}
	if (!header.startsWith('Basic ')) {
		return 'invalid'
	}
	const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8')
	const separator = decoded.indexOf(':')
	const user = separator > 0 ? findUser(decoded.slice(0, separator)) : undefined
	return user === undefined ? 'invalid' : { user }
}

export function resolveCredentials(req: IncomingMessage): Credentials {
	return basicAuth(req) ?? { user: findUser(parseCookies(req)[LOGIN_COOKIE]) ?? null }
}

export function resolvePageSession(req: IncomingMessage, url: URL): PageSession {
	const cookies = parseCookies(req)
	const setCookies: string[] = []
	const credentials = basicAuth(req)
	const queryUser = findUser(url.searchParams.get('user'))
	const signedIn = (credentials !== undefined && credentials !== 'invalid' ? credentials.user : null)
		?? queryUser ?? findUser(cookies[LOGIN_COOKIE])
	const user = signedIn ?? findUser(DEFAULT_USER)!
	if (queryUser !== undefined || signedIn === undefined) {
		setCookies.push(cookie(LOGIN_COOKIE, user.id, '; HttpOnly'))
	}

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
