/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The page's theme: Nextcloud's own CSS variables (nextcloudTheme.ts), which `@nextcloud/vue`
 * components read (without them they work but look unstyled), and the parts of core's page CSS
 * the components rely on.
 */
import { NEXTCLOUD_THEMES } from './nextcloudTheme.ts'

export type ThemeName = 'light' | 'dark'

export function themeCss(theme: ThemeName): string {
	const declarations = Object.entries(NEXTCLOUD_THEMES[theme].variables).map(([name, value]) => `\t${name}: ${value};`).join('\n')
	return `:root {\n${declarations}\n\tcolor-scheme: ${theme};\n}
html, body { margin: 0; height: 100%; }
/* The parts of core's reset (core/css/styles.scss) components rely on. */
*, *::before, *::after { box-sizing: border-box; }
a { border: 0; color: var(--color-main-text); text-decoration: none; cursor: pointer; }
h1, h2, h3, h4, h5, h6, p, ul, ol { margin: 0; padding: 0; }
ul, ol { list-style: none; }
body { background: var(--color-background-plain); color: var(--color-main-text); font-family: var(--font-face); font-size: var(--default-font-size); line-height: var(--default-line-height); }
#content { box-sizing: border-box; position: fixed; inset: var(--header-height) var(--body-container-margin) var(--body-container-margin); display: flex; overflow: hidden; background: var(--color-main-background); border-radius: var(--body-container-radius); }
#content > div { flex: 1 1 auto; min-width: 0; overflow: auto; }
#header { position: fixed; inset: 0 0 auto; height: var(--header-height); display: flex; align-items: center; gap: 12px; padding: 0 16px; color: var(--color-background-plain-text); }
#header a { color: inherit; }
/* Nextcloud core's screen-reader-only text (toasts and components rely on it). */
.hidden-visually { position: absolute; inset-inline-start: -10000px; inset-block-start: auto; width: 1px; height: 1px; overflow: hidden; }
/* Like Nextcloud core: the skip links NcContent teleports here show only while focused. */
#skip-actions { position: absolute; z-index: 3000; inset-block-start: 0; inset-inline-start: 0; }
#skip-actions:not(:focus-within) { width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
`
}
