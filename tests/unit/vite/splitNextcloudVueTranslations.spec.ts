/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { describe, expect, it } from 'vitest'
import { rewriteTranslationImports } from '../../../vite/splitNextcloudVueTranslations.ts'

const groups = new Map([['t35', '[]'], ['t36', '[]']])

describe('rewriteTranslationImports', () => {
	it('imports each translation group from its own module and keeps the helpers', () => {
		const code = 'import { r as register, f as t35, a as t } from "./_l10n.mjs";\nregister(t35);'
		expect(rewriteTranslationImports(code, groups)).toBe('import { r as register, a as t } from "./_l10n.mjs";\nimport t35 from "\\u0000nc-vue-l10n:t35";\nregister(t35);')
	})

	it('handles several groups and a file that imports groups only', () => {
		const code = 'import { u as t36, f as t35 } from "./_l10n.mjs";'
		expect(rewriteTranslationImports(code, groups)).toBe('import t36 from "\\u0000nc-vue-l10n:t36";\nimport t35 from "\\u0000nc-vue-l10n:t35";')
	})

	it('leaves other imports alone', () => {
		const code = 'import { a as t } from "./_l10n.mjs";\nimport { x } from "./other.mjs";'
		expect(rewriteTranslationImports(code, groups)).toBe(code)
	})
})
