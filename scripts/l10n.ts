/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * `npm run l10n`: regenerates l10n/de.js and l10n/de_DE.js from their .json files and lists the
 * strings either lacks (de is informal "du", de_DE formal "Sie"; see l10n/GLOSSARY.md).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { extractPhpStrings, extractStrings, GERMAN_LANGUAGES, toL10nScript } from './l10nStrings.ts'

const root = new URL('..', import.meta.url).pathname
const keys = [...extractStrings(root), ...extractPhpStrings(root)]
for (const language of GERMAN_LANGUAGES) {
	const json = JSON.parse(readFileSync(`${root}l10n/${language}.json`, 'utf8'))
	writeFileSync(`${root}l10n/${language}.js`, toL10nScript(json))
	const missing = keys.filter((key) => !(key in json.translations))
	if (missing.length > 0) {
		console.error(`Missing in l10n/${language}.json (${missing.length}):\n` + missing.map((key) => JSON.stringify(key)).join('\n'))
		process.exitCode = 1
	} else {
		console.log(`l10n/${language}.js written; every string is translated.`)
	}
}
