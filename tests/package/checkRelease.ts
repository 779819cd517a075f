/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * `npx tsx tests/package/checkRelease.ts [build/safe_meeting-<version>.tar.gz]`: unpacks the release
 * (`npm run package`) and runs releaseChecks.ts on it. Prints one line per check and
 * "package: N passed, N failed"; exits non-zero on any failure.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readVersions, tarballName } from '../../scripts/releaseContents.ts'
import { checkRelease } from './releaseChecks.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const tarball = process.argv[2] ?? join(root, 'build', tarballName(readVersions(root).app))
if (!existsSync(tarball)) {
	console.error(`${tarball} does not exist: run \`npm run package\` first.`)
	console.log('package: 0 passed, 1 failed')
	process.exitCode = 1
} else {
	const unpacked = mkdtempSync(join(tmpdir(), 'safe_meeting-check-'))
	try {
		execFileSync('tar', ['-xzf', tarball, '-C', unpacked])
		const version = /^safe_meeting-(.+)\.tar\.gz$/.exec(basename(tarball))?.[1] ?? '?'
		const results = checkRelease(unpacked, version)
		for (const result of results) {
			console.log(`${result.problems.length === 0 ? '✓' : '✗'} ${result.name}${result.problems.map((p) => `\n    ${p}`).join('')}`)
		}
		const failed = results.filter((result) => result.problems.length > 0).length
		console.log(`package: ${results.length - failed} passed, ${failed} failed`)
		process.exitCode = failed > 0 ? 1 : 0
	} finally {
		rmSync(unpacked, { recursive: true, force: true })
	}
}
