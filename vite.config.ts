/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { AppOptions } from '@nextcloud/vite-config'
import type { UserConfig } from 'vite'

import { createAppConfig } from '@nextcloud/vite-config'
import { splitNextcloudVueTranslations } from './vite/splitNextcloudVueTranslations.ts'

/**
 * The app's build; the benchmark builds its bare comparison page with it too, into another folder.
 */
export function appConfig(entries: Record<string, string>, options: Omit<AppOptions, 'config'> = {}, config: UserConfig = {}) {
	return createAppConfig(entries, {
		createEmptyCSSEntryPoints: true,
		...options,
		config: { ...config, plugins: [splitNextcloudVueTranslations(), ...(config.plugins ?? [])] },
	})
}

export default appConfig({
	main: 'src/main.ts',
	adminSettings: 'src/adminSettings.ts',
	talk: 'src/talk.ts',
	notice: 'src/notice.ts',
	record: 'src/record.ts',
}, {
	// css/ too, so no chunk style of an older build stays behind (and ends up in a release).
	emptyOutputDirectory: { additionalDirectories: ['css'] },
})
