/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Nextcloud 32's default theme variables (light and dark) that `@nextcloud/vue` components read.
 * Without them components work but look unstyled (toolchain.md pitfall 7).
 */
export type ThemeName = 'light' | 'dark'

const COMMON: Record<string, string> = {
	'--default-clickable-area': '34px',
	'--clickable-area-large': '48px',
	'--clickable-area-small': '24px',
	'--default-grid-baseline': '4px',
	'--default-font-size': '15px',
	'--font-size-small': '13px',
	'--default-line-height': '1.5',
	'--border-radius-small': '4px',
	'--border-radius-element': '8px',
	'--border-radius': '8px',
	'--border-radius-large': '12px',
	'--border-radius-container': '12px',
	'--border-radius-container-large': '16px',
	'--border-radius-rounded': '28px',
	'--border-radius-pill': '100px',
	'--border-width-input': '1px',
	'--border-width-input-focused': '2px',
	'--font-face': "system-ui, -apple-system, 'Segoe UI', Roboto, Oxygen-Sans, Cantarell, Ubuntu, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
	'--header-height': '50px',
	'--navigation-width': '300px',
	'--sidebar-min-width': '300px',
	'--sidebar-max-width': '500px',
	'--list-min-width': '200px',
	'--list-max-width': '300px',
	'--header-menu-item-height': '44px',
	'--body-container-radius': '12px',
	'--body-container-margin': '8px',
	'--body-height': 'calc(100% - env(safe-area-inset-bottom) - 50px - 8px)',
	'--breakpoint-mobile': '1024px',
	'--animation-quick': '100ms',
	'--animation-slow': '300ms',
	'--color-favorite': '#A37200',
}

const LIGHT: Record<string, string> = {
	'--color-main-background': '#ffffff',
	'--color-main-background-rgb': '255,255,255',
	'--color-main-background-translucent': 'rgba(255, 255, 255, .97)',
	'--color-main-background-blur': 'rgba(255, 255, 255, .8)',
	'--color-main-text': '#222222',
	'--color-text-maxcontrast': '#6b6b6b',
	'--color-text-maxcontrast-default': '#6b6b6b',
	'--color-text-light': '#222222',
	'--color-text-lighter': '#6b6b6b',
	'--color-background-hover': '#f5f5f5',
	'--color-background-dark': '#ededed',
	'--color-background-darker': '#dbdbdb',
	'--color-placeholder-light': '#e6e6e6',
	'--color-placeholder-dark': '#cccccc',
	'--color-border': '#ededed',
	'--color-border-dark': '#dbdbdb',
	'--color-border-maxcontrast': '#7d7d7d',
	'--color-primary': '#00679e',
	'--color-primary-text': '#ffffff',
	'--color-primary-element': '#00679e',
	'--color-primary-element-hover': '#005a8a',
	'--color-primary-element-text': '#ffffff',
	'--color-primary-element-text-dark': '#f0f0f0',
	'--color-primary-element-light': '#e5eff5',
	'--color-primary-element-light-hover': '#dbe4ea',
	'--color-primary-element-light-text': '#00293f',
	'--color-primary-light': '#e5eff5',
	'--color-primary-light-hover': '#dbe4ea',
	'--color-primary-light-text': '#00679e',
	'--color-error': '#DB0606',
	'--color-error-hover': '#df2525',
	'--color-error-text': '#c20505',
	'--color-warning': '#A37200',
	'--color-warning-hover': '#8a6000',
	'--color-warning-text': '#7f5900',
	'--color-success': '#2d7b41',
	'--color-success-hover': '#428854',
	'--color-success-text': '#286c39',
	'--color-info': '#0071ad',
	'--color-info-hover': '#197fb5',
	'--color-info-text': '#0066ac',
	'--color-element-error': '#c90000',
	'--color-element-info': '#0073c1',
	'--color-element-success': '#048a21',
	'--color-element-warning': '#806f00',
	'--color-loading-light': '#cccccc',
	'--color-loading-dark': '#444444',
	'--color-box-shadow-rgb': '77,77,77',
	'--color-box-shadow': 'rgba(77,77,77,0.5)',
	'--color-scrollbar': 'var(--color-border-maxcontrast) transparent',
	'--background-invert-if-dark': 'no',
	'--background-invert-if-bright': 'invert(100%)',
	'--color-background-plain': '#00679e',
	'--color-background-plain-text': '#ffffff',
}

const DARK: Record<string, string> = {
	...LIGHT,
	'--color-main-background': '#171717',
	'--color-main-background-rgb': '23,23,23',
	'--color-main-background-translucent': 'rgba(23, 23, 23, .97)',
	'--color-main-background-blur': 'rgba(23, 23, 23, .85)',
	'--color-main-text': '#EBEBEB',
	'--color-text-maxcontrast': '#999999',
	'--color-text-maxcontrast-default': '#999999',
	'--color-text-light': '#EBEBEB',
	'--color-text-lighter': '#999999',
	'--color-background-hover': '#292929',
	'--color-background-dark': '#2b2b2b',
	'--color-background-darker': '#383838',
	'--color-placeholder-light': '#404040',
	'--color-placeholder-dark': '#575757',
	'--color-border': '#2b2b2b',
	'--color-border-dark': '#404040',
	'--color-border-maxcontrast': '#8c8c8c',
	'--color-primary': '#0091f2',
	'--color-primary-text': '#000000',
	'--color-primary-element': '#0091f2',
	'--color-primary-element-hover': '#26a1f4',
	'--color-primary-element-text': '#000000',
	'--color-primary-element-light': '#0e2433',
	'--color-primary-element-light-hover': '#1a3040',
	'--color-primary-element-light-text': '#cce9fc',
	'--color-primary-light': '#0e2433',
	'--color-primary-light-hover': '#1a3040',
	'--color-primary-light-text': '#cce9fc',
	'--color-error': '#FF5252',
	'--color-error-hover': '#ff6c6c',
	'--color-error-text': '#ff6b6b',
	'--color-warning': '#FFCC00',
	'--color-warning-hover': '#ffd633',
	'--color-warning-text': '#ffcc00',
	'--color-success': '#50BB6B',
	'--color-success-hover': '#6ec585',
	'--color-success-text': '#5fc477',
	'--color-info': '#00AEFF',
	'--color-info-hover': '#33beff',
	'--color-info-text': '#4cc2ff',
	'--color-loading-light': '#777777',
	'--color-loading-dark': '#cccccc',
	'--color-box-shadow-rgb': '0,0,0',
	'--color-box-shadow': 'rgba(0,0,0,0.5)',
	'--background-invert-if-dark': 'invert(100%)',
	'--background-invert-if-bright': 'no',
}

export function themeCss(theme: ThemeName): string {
	const vars = { ...COMMON, ...(theme === 'dark' ? DARK : LIGHT) }
	const declarations = Object.entries(vars).map(([name, value]) => `\t${name}: ${value};`).join('\n')
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
