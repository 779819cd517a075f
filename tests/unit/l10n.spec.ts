/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractPhpStrings, extractStrings, GERMAN_LANGUAGES, toL10nScript } from '../../scripts/l10nStrings.ts'

const root = new URL('../../', import.meta.url).pathname
type L10nFile = { translations: Record<string, string | string[]>, pluralForm: string }
const read = (language: string) => JSON.parse(readFileSync(`${root}l10n/${language}.json`, 'utf8')) as L10nFile
const texts = (file: L10nFile) => Object.entries(file.translations).flatMap(([english, translated]) => [translated].flat().map((text) => ({ english, text })))

/** Words l10n/GLOSSARY.md says must not appear: the last column of its term table. */
function avoidedWords(): string[] {
	const terms = readFileSync(`${root}l10n/GLOSSARY.md`, 'utf8').split('## Terms')[1]!
	const rows = terms.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| English'))
	return rows.flatMap((row) => row.split('|').at(-2)!.split(',').map((word) => word.trim()).filter((word) => word !== ''))
}

describe.each(GERMAN_LANGUAGES)('German translation %s', (language) => {
	const german = read(language)

	it('translates every user-visible string of the frontend', () => {
		expect(extractStrings(root).filter((key) => !(key in german.translations))).toEqual([])
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

	it(`ships l10n/${language}.js generated from l10n/${language}.json (npm run l10n)`, () => {
		expect(readFileSync(`${root}l10n/${language}.js`, 'utf8')).toBe(toL10nScript(german))
	})

	it('uses the glossary\'s terms, never the words it avoids', () => {
		const avoided = avoidedWords()
		expect(avoided).toContain('Moderatoren')
		const pattern = new RegExp(`\\b(${avoided.join('|')})\\b`)
		expect(texts(german).filter(({ text }) => pattern.test(text))).toEqual([])
	})
})

describe('German address forms', () => {
	const formal = /\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b/
	const informal = /\b(du|Du|dein|deine|deinen|deinem|deiner|dich|dir)\b/

	it('de speaks to the reader with "du" only', () => {
		const de = texts(read('de'))
		expect(de.filter(({ text }) => informal.test(text)).length).toBeGreaterThan(10)
		// A capitalised "Sie"/"Ihre" meaning "they"/"its" reads like an address too: phrase around it.
		expect(de.filter(({ text }) => formal.test(text))).toEqual([])
	})

	it('de_DE speaks to the reader with "Sie" only', () => {
		const deDE = texts(read('de_DE'))
		expect(deDE.filter(({ text }) => formal.test(text)).length).toBeGreaterThan(20)
		expect(deDE.filter(({ text }) => informal.test(text))).toEqual([])
	})

	it('both translate the same strings', () => {
		expect(Object.keys(read('de_DE').translations)).toEqual(Object.keys(read('de').translations))
	})
})
