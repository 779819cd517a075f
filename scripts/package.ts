/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * `npm run package`: builds the frontend, then writes build/safe_meeting-<version>.tar.gz with one
 * `safe_meeting/` folder holding what a server needs (releaseContents.ts). The archive is
 * reproducible: sorted, owned by root, dated by the last commit, gzip without a timestamp.
 * Check it with `npx tsx tests/package/checkRelease.ts`.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { APP_ID, readVersions, releaseFiles, tarballName } from './releaseContents.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

function commitTime(): string {
	try {
		return execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' }).trim()
	} catch {
		return '0'
	}
}

const versions = readVersions(root)
if (versions.app !== versions.npm) {
	console.error(`appinfo/info.xml says ${versions.app}, package.json says ${versions.npm}: make them agree first.`)
	process.exitCode = 1
} else if (!existsSync(join(root, 'js', `${APP_ID}-main.mjs`))) {
	console.error('No built frontend in js/: run `npm run build` first (`npm run package` does).')
	process.exitCode = 1
} else {
	const stage = mkdtempSync(join(tmpdir(), `${APP_ID}-release-`))
	try {
		const files = releaseFiles(root)
		for (const file of files) {
			mkdirSync(dirname(join(stage, APP_ID, file)), { recursive: true })
			cpSync(join(root, file), join(stage, APP_ID, file))
		}
		const tar = execFileSync('tar', ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', `--mtime=@${commitTime()}`, '--mode=u+rwX,go+rX,go-w', '-cf', '-', APP_ID], { cwd: stage, maxBuffer: 256 * 1024 * 1024 })
		const out = join(root, 'build', tarballName(versions.app))
		mkdirSync(dirname(out), { recursive: true })
		const archive = gzipSync(tar, { level: 9 })
		writeFileSync(out, archive)
		console.log(`${out}: ${files.length} files, ${(archive.length / 1024).toFixed(1)} kB (${(tar.length / 1024).toFixed(1)} kB unpacked)`)
	} finally {
		rmSync(stage, { recursive: true, force: true })
	}
}
