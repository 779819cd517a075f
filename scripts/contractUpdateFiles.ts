/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The file work of `npm run contract:update`, apart from the CLI so tests can run it in a temp folder.
 */
import type { ContractSource } from './contractSource.ts'

import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { contractProblem, renderSource, sha256 } from './contractSource.ts'

export const CONTRACT_DIR = 'contracts/talk'

export type ContractOrigin = Pick<ContractSource, 'talkVersion' | 'repository' | 'commit' | 'path'>

/**
 * Checks `file` is Talk's contract, then copies it byte for byte into `<root>/contracts/talk/` and
 * rewrites SOURCE.md; throws (and writes nothing) when the file is not a Talk contract.
 */
export function updateContract(root: string, file: string, origin: ContractOrigin, today: string): ContractSource {
	const content = readFileSync(file)
	let document: unknown
	try {
		document = JSON.parse(content.toString('utf8'))
	} catch {
		throw new Error(`${file} is not JSON`)
	}
	const problem = contractProblem(document)
	if (problem !== null) {
		throw new Error(`${file} is not Talk's contract: ${problem}`)
	}
	if (!/^\d+\.\d+\.\d+/.test(origin.talkVersion)) {
		throw new Error(`"${origin.talkVersion}" is not a Talk version like 23.0.8`)
	}
	const licence = (document as { info?: { license?: { name?: string } } }).info?.license?.name
	const source: ContractSource = {
		...origin,
		licence: `AGPL-3.0-or-later (Talk's licence; the file's info.license says "${licence ?? 'nothing'}")`,
		copiedOn: today,
		sha256: sha256(content),
		notes: `Refreshed with \`npm run contract:update\` from ${origin.repository}${origin.commit === 'unknown' ? '' : ` @ ${origin.commit}`}.`,
	}
	writeFileSync(resolve(root, CONTRACT_DIR, 'openapi.json'), content)
	writeFileSync(resolve(root, CONTRACT_DIR, 'SOURCE.md'), renderSource(source))
	return source
}
