/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The sandbox's pages carry exactly Nextcloud's own theme variables (sandbox/nextcloudTheme.ts, each
 * theme with its named source), and the text/background pairs Nextcloud's components combine stay
 * readable in both themes.
 */
import type { Sandbox } from '../../sandbox/index.ts'

// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSandbox } from '../../sandbox/index.ts'
import { NEXTCLOUD_THEMES } from '../../sandbox/nextcloudTheme.ts'

let sandbox: Sandbox

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 })
})
afterAll(async () => {
	await sandbox.close()
})

const THEMES = ['light', 'dark'] as const

/** The custom properties of the page's `:root` rule, as served. */
async function servedVariables(theme: string): Promise<Record<string, string>> {
	const html = await (await fetch(`${sandbox.url}/index.php/apps/safe_meeting/?user=alice&theme=${theme}`)).text()
	const root = /<style>:root \{\n([\s\S]*?)\n\}/.exec(html)
	expect(root).not.toBeNull()
	return Object.fromEntries([...root![1]!.matchAll(/^\t(--[\w-]+): (.*);$/gm)].map((m) => [m[1]!, m[2]!]))
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
			.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
	}
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x)
	return (high! + 0.05) / (low! + 0.05)
}

describe('theme variables', () => {
	it.each(THEMES)('the %s page serves exactly Nextcloud\'s variables', async (theme) => {
		expect(await servedVariables(theme)).toEqual(NEXTCLOUD_THEMES[theme].variables)
	})

	it('names a repository, path and commit for each theme', () => {
		for (const theme of THEMES) {
			const source = NEXTCLOUD_THEMES[theme].source
			expect(source.repository).toMatch(/^[\w.-]+\/[\w.-]+$/)
			expect(source.path).toMatch(/\.css$/)
			expect(source.commit).toMatch(/^[0-9a-f]{40}$/)
		}
	})

	it('defines the same variables in both themes', () => {
		expect(Object.keys(NEXTCLOUD_THEMES.dark.variables).sort()).toEqual(Object.keys(NEXTCLOUD_THEMES.light.variables).sort())
	})

	it('uses Nextcloud 32\'s status colours (background, with its own text colour)', () => {
		expect(NEXTCLOUD_THEMES.light.variables).toMatchObject({ '--color-warning': '#FFEEC5', '--color-warning-text': '#664700', '--color-error': '#FFE7E7', '--color-error-text': '#8A0000' })
		expect(NEXTCLOUD_THEMES.dark.variables).toMatchObject({ '--color-warning': '#3D3010', '--color-warning-text': '#FFEEC5', '--color-error': '#552121', '--color-error-text': '#FFCCCC' })
	})

	// [text, background]: NcNoteCard puts the main text on a status colour; buttons put their text on theirs.
	const READABLE: [string, string][] = [
		['--color-main-text', '--color-main-background'],
		['--color-text-maxcontrast', '--color-main-background'],
		['--color-main-text', '--color-warning'],
		['--color-main-text', '--color-error'],
		['--color-main-text', '--color-success'],
		['--color-main-text', '--color-info'],
		['--color-warning-text', '--color-warning'],
		['--color-error-text', '--color-error'],
		['--color-success-text', '--color-success'],
		['--color-info-text', '--color-info'],
		['--color-error-text', '--color-main-background'],
		['--color-success-text', '--color-main-background'],
		['--color-text-error', '--color-main-background'],
		['--color-primary-element-text', '--color-primary-element'],
		['--color-background-plain-text', '--color-background-plain'],
	]
	it.each(THEMES.flatMap((theme) => READABLE.map(([text, background]) => [theme, text, background] as const)))('%s: %s on %s reaches 4.5:1', (theme, text, background) => {
		const variables = NEXTCLOUD_THEMES[theme].variables
		expect(contrast(variables[text]!, variables[background]!)).toBeGreaterThanOrEqual(4.5)
	})
})
