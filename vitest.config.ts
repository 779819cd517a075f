/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
	plugins: [vue()],
	test: {
		environment: 'happy-dom',
		include: ['tests/unit/**/*.spec.ts', 'tests/sandbox/**/*.spec.ts'],
		setupFiles: ['tests/unit/setup.ts'],
		server: { deps: { inline: [/@nextcloud\/vue/, /@nextcloud\/dialogs/] } },
	},
})
