/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * `npm run l10n`: lists strings without a German translation and regenerates l10n/de.js from de.json.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { extractPhpStrings, extractStrings, toL10nScript } from './l10nStrings.ts'

const root = new URL('..', import.meta.url).pathname
const json = JSON.parse(readFileSync(`${root}l10n/de.json`, 'utf8'))
const missing = [...extractStrings(root), ...extractPhpStrings(root)].filter((key) => !(key in json.translations))
writeFileSync(`${root}l10n/de.js`, toL10nScript(json))
if (missing.length > 0) {
	console.error(`Missing German translations (${missing.length}):\n` + missing.map((key) => JSON.stringify(key)).join('\n'))
	process.exitCode = 1
} else {
	console.log('l10n/de.js written; every string is translated.')
}
