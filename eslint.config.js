/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { recommended } from '@nextcloud/eslint-config'

export default [
	...recommended,
	{
		ignores: ['js/**', 'css/**', 'l10n/**', 'vendor/**', 'test-results/**', 'playwright-report/**', 'src/**/openapi.d.ts'],
	},
	{
		files: ['**/*.ts', '**/*.vue'],
		rules: {
			// Comments say why where it is not obvious; a JSDoc stub on every function says nothing.
			'jsdoc/require-jsdoc': 'off',
			'jsdoc/require-param': 'off',
			'jsdoc/require-param-description': 'off',
			'jsdoc/require-param-type': 'off',
			'jsdoc/require-returns': 'off',
			// Omitting a property with a rest pattern is how a copy without it is made.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
		},
	},
	{
		files: ['tests/**', 'sandbox/**'],
		rules: {
			// One-line arrange steps (`(p) => { p.x = 1 }`) read best in tables of cases.
			'@stylistic/max-statements-per-line': 'off',
		},
	},
	{
		files: ['scripts/**', 'sandbox/server.ts'],
		rules: {
			// Command-line tools talk to their user on the console.
			'no-console': 'off',
		},
	},
]
