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
]
