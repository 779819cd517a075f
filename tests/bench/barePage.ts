/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Builds the bare page (tests/bench/bare) with the app's own build into a temporary folder and
 * returns the gzip size of what it loads. It has no lazy parts, so its static graph is exactly what
 * a browser fetches.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { appConfig } from '../../vite.config.ts'
import { staticGraph, totalGzip } from './sizes.ts'

const ROOT = new URL('../../', import.meta.url).pathname

export async function barePageSize(): Promise<number> {
	const outDir = mkdtempSync(join(tmpdir(), 'safe-meeting-bare-'))
	try {
		const config = appConfig(
			{ bare: 'tests/bench/bare/main.ts' },
			// Never touch the app's own js/ folder, and no licence files for a throw-away build.
			{ emptyOutputDirectory: false, extractLicenseInformation: false },
			{ build: { outDir }, logLevel: 'warn' },
		)
		await build({ root: ROOT, configFile: false, mode: 'production', ...(await config({ command: 'build', mode: 'production' })) })
		return totalGzip([...staticGraph(join(outDir, 'js', 'safe_meeting-bare.mjs')), ...staticGraph(join(outDir, 'css', 'safe_meeting-bare.css'))])
	} finally {
		rmSync(outDir, { recursive: true, force: true })
	}
}
