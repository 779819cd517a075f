/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * `npm run contract:update -- /path/to/openapi.json --talk-version 23.0.8 [--commit <sha>]
 * [--repository nextcloud/spreed] [--path openapi.json]`: replaces the Talk contract in
 * contracts/talk/ with a newer copy of Talk's generated openapi.json, rewrites its SOURCE.md and
 * regenerates the TypeScript types. Run the tests afterwards: they show what the new Talk changed.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { updateContract } from './contractUpdateFiles.ts'

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		'talk-version': { type: 'string' },
		commit: { type: 'string', default: 'unknown' },
		repository: { type: 'string', default: 'nextcloud/spreed' },
		path: { type: 'string', default: 'openapi.json' },
	},
})

const file = positionals[0]
if (file === undefined || values['talk-version'] === undefined) {
	console.error('usage: npm run contract:update -- /path/to/openapi.json --talk-version <x.y.z> [--commit <sha>] [--repository <owner/name>] [--path <path in that repository>]\n'
		+ '(Talk\'s openapi.json does not carry its own version, so it has to be named.)')
	process.exitCode = 2
} else {
	const root = fileURLToPath(new URL('..', import.meta.url))
	try {
		const source = updateContract(root, file, {
			talkVersion: values['talk-version'],
			commit: values.commit!,
			repository: values.repository!,
			path: values.path!,
		}, new Date().toISOString().slice(0, 10))
		console.log(`contracts/talk/openapi.json is now Talk ${source.talkVersion} (sha256 ${source.sha256}); regenerating types…`)
		execFileSync('npm', ['run', '--silent', 'generate:types'], { cwd: root, stdio: 'inherit' })
		console.log('Done. Run the tests (npm test, npm run test:e2e): they show what the new contract changed.')
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error))
		process.exitCode = 1
	}
}
