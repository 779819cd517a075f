/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractPhpStrings, extractStrings, toL10nScript } from '../../scripts/l10nStrings.ts'

const root = new URL('../../', import.meta.url).pathname
const german = JSON.parse(readFileSync(`${root}l10n/de.json`, 'utf8')) as { translations: Record<string, string | string[]>, pluralForm: string }

describe('German translation', () => {
	it('translates every user-visible string of the frontend', () => {
		const missing = extractStrings(root).filter((key) => !(key in german.translations))
		expect(missing).toEqual([])
	})

	it('translates every message of the server part', () => {
		const strings = extractPhpStrings(root)
		expect(strings.length).toBeGreaterThan(10)
		expect(strings.filter((key) => !(key in german.translations))).toEqual([])
	})

	it('keeps every placeholder of the English text', () => {
		const broken = Object.entries(german.translations).filter(([english, translated]) => {
			const placeholders = (text: string) => (text.match(/\{[a-z]+\}|%n/gi) ?? []).sort().join()
			const source = english.startsWith('_') ? english.split('_::_')[0]! : english
			return [translated].flat().some((text) => placeholders(text) !== placeholders(source))
		})
		expect(broken).toEqual([])
	})

	it('ships l10n/de.js generated from l10n/de.json (npm run l10n)', () => {
		expect(readFileSync(`${root}l10n/de.js`, 'utf8')).toBe(toL10nScript(german))
	})
})
