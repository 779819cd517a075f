/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * `@nextcloud/vue` keeps the translations of all its components, in every language, in one module
 * (`dist/chunks/_l10n.mjs`, one constant per group of strings). Rollup puts a module into one chunk
 * only, so every group any page uses ends up in the chunk all pages share, and the list page would
 * download the translations of the wizard's date picker and user picker. This plugin gives each group
 * a module of its own, imported straight by the components that use it, so each group travels with
 * its components (and a lazily loaded component's translations load lazily too).
 */
import type { Plugin } from 'vite'

import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const VIRTUAL = '\0nc-vue-l10n:'
const L10N_IMPORT = /import\s*\{([^}]*)\}\s*from\s*"\.\/_l10n\.mjs";?/g
const GROUP = /^const (t\d+) = (.*);$/

interface Translations {
	/** Group name (`t35`) → its source expression. */
	groups: Map<string, string>
}

function readTranslations(file: string): Translations {
	const groups = new Map<string, string>()
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const match = GROUP.exec(line)
		if (match !== null) {
			groups.set(match[1]!, match[2]!)
		}
	}
	return { groups }
}

/**
 * Rewrites `import { r as register, f as t35, a as t } from "./_l10n.mjs"` into an import of the
 * helpers from _l10n.mjs and one import per group from its own module.
 */
export function rewriteTranslationImports(code: string, groups: ReadonlyMap<string, string>): string {
	return code.replace(L10N_IMPORT, (_statement, list: string) => {
		const helpers: string[] = []
		const groupImports: string[] = []
		for (const specifier of list.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
			const local = specifier.split(/\s+as\s+/).pop()!
			if (groups.has(local)) {
				groupImports.push(`import ${local} from ${JSON.stringify(VIRTUAL + local)};`)
			} else {
				helpers.push(specifier)
			}
		}
		const helperImport = helpers.length > 0 ? [`import { ${helpers.join(', ')} } from "./_l10n.mjs";`] : []
		return [...helperImport, ...groupImports].join('\n')
	})
}

export function splitNextcloudVueTranslations(): Plugin {
	let translations: Translations | null = null
	return {
		name: 'safe-meeting:split-nextcloud-vue-translations',
		enforce: 'pre',
		resolveId(id) {
			return id.startsWith(VIRTUAL) ? id : null
		},
		load(id) {
			if (!id.startsWith(VIRTUAL)) {
				return null
			}
			const expression = translations?.groups.get(id.slice(VIRTUAL.length))
			if (expression === undefined) {
				this.error(`Unknown @nextcloud/vue translation group ${id.slice(VIRTUAL.length)}`)
			}
			return `export default ${expression};`
		},
		transform(code, id) {
			if (!id.includes('/@nextcloud/vue/dist/chunks/') || !code.includes('"./_l10n.mjs"')) {
				return null
			}
			translations ??= readTranslations(join(dirname(id.split('?')[0]!), '_l10n.mjs'))
			return { code: rewriteTranslationImports(code, translations.groups), map: null }
		},
	}
}
