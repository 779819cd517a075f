/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Finds every translatable string in src/ (t/n calls for our app) in the keys Nextcloud's
 * l10n files use: the text itself, or `_singular_::_plural_` for plurals.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Nextcloud's German pair: `de` addresses the reader with "du", `de_DE` with "Sie". */
export const GERMAN_LANGUAGES = ['de', 'de_DE'] as const

const STRING = String.raw`'((?:[^'\\]|\\.)*)'`
const T_CALL = new RegExp(String.raw`\bt\(\s*'safe_meeting',\s*` + STRING, 'g')
const N_CALL = new RegExp(String.raw`\bn\(\s*'safe_meeting',\s*` + STRING + String.raw`,\s*` + STRING, 'g')

const unescape = (text: string) => text.replace(/\\(.)/g, '$1')

const PHP_CALL = new RegExp(String.raw`->t\(\s*` + STRING, 'g')
const PHP_N_CALL = new RegExp(String.raw`->n\(\s*` + STRING + String.raw`,\s*` + STRING, 'g')

function sourceFiles(dir: string, pattern = /\.(ts|vue)$/): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name)
		if (entry.isDirectory()) {
			return sourceFiles(path, pattern)
		}
		return pattern.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
	})
}

/** Strings the PHP part translates with IL10N::t() and IL10N::n(). */
export function extractPhpStrings(root: string): string[] {
	const keys = new Set<string>()
	for (const file of sourceFiles(join(root, 'lib'), /\.php$/)) {
		const code = readFileSync(file, 'utf8')
		for (const match of code.matchAll(PHP_CALL)) {
			keys.add(unescape(match[1]!))
		}
		for (const match of code.matchAll(PHP_N_CALL)) {
			keys.add(`_${unescape(match[1]!)}_::_${unescape(match[2]!)}_`)
		}
	}
	return [...keys].sort()
}

export function extractStrings(root: string): string[] {
	const keys = new Set<string>()
	for (const file of sourceFiles(join(root, 'src'))) {
		const code = readFileSync(file, 'utf8')
		for (const match of code.matchAll(T_CALL)) {
			keys.add(unescape(match[1]!))
		}
		for (const match of code.matchAll(N_CALL)) {
			keys.add(`_${unescape(match[1]!)}_::_${unescape(match[2]!)}_`)
		}
	}
	return [...keys].sort()
}

/**
 * The l10n/<lang>.js Nextcloud loads with the page, made from l10n/<lang>.json.
 */
export function toL10nScript(json: { translations: Record<string, string | string[]>, pluralForm: string }): string {
	return `OC.L10N.register(\n\t"safe_meeting",\n\t${JSON.stringify(json.translations, null, '\t').replace(/\n/g, '\n\t')},\n\t${JSON.stringify(json.pluralForm)}\n);\n`
}
