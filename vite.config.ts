/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createAppConfig } from '@nextcloud/vite-config'

export default createAppConfig({
	main: 'src/main.ts',
	adminSettings: 'src/adminSettings.ts',
	talk: 'src/talk.ts',
	notice: 'src/notice.ts',
	record: 'src/record.ts',
}, {
	createEmptyCSSEntryPoints: true,
	// css/ too, so no chunk style of an older build stays behind (and ends up in a release).
	emptyOutputDirectory: { additionalDirectories: ['css'] },
})
