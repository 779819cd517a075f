/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The note that travels with Talk's contract in contracts/talk/: where the copy came from and the
 * SHA-256 it had when copied, so a test can tell a refreshed file from a hand edit.
 */
import { createHash } from 'node:crypto'

export interface ContractSource {
	/** Talk (spreed) version the file belongs to, e.g. `22.0.11`. */
	talkVersion: string
	/** Repository the file was copied from, e.g. `nextcloud/spreed`. */
	repository: string
	/** Commit of that repository, or `unknown`. */
	commit: string
	/** Path of the file in that repository. */
	path: string
	licence: string
	/** ISO date of the copy. */
	copiedOn: string
	sha256: string
	/** Free text: anything a reader must know about this copy. */
	notes: string
}

const FIELDS: [keyof ContractSource, string][] = [
	['talkVersion', 'Talk version'],
	['repository', 'Repository'],
	['commit', 'Commit'],
	['path', 'Path'],
	['licence', 'Licence'],
	['copiedOn', 'Copied on'],
	['sha256', 'SHA-256'],
]

export function sha256(content: Buffer | string): string {
	return createHash('sha256').update(content).digest('hex')
}

export function renderSource(source: ContractSource): string {
	const rows = FIELDS.map(([key, label]) => `| ${label} | ${source[key]} |`).join('\n')
	return `# Talk's OpenAPI contract

\`openapi.json\` is Nextcloud Talk's (app id \`spreed\`) generated OCS API description, copied
byte for byte. The sandbox validates every Talk request and response against it, the Talk client's
types are generated from it (\`npm run generate:types\`) and the contract tests read it. Do not edit
it by hand: refresh it with \`npm run contract:update -- /path/to/openapi.json\` (see the README).

| Field | Value |
|---|---|
${rows}

${source.notes.trim()}
`
}

export function parseSource(markdown: string): ContractSource {
	const value = (label: string): string => {
		const row = new RegExp(`^\\| ${label.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')} \\| (.*) \\|$`, 'm').exec(markdown)
		if (row === null) {
			throw new Error(`SOURCE.md has no "${label}" row`)
		}
		return row[1]!.trim()
	}
	const source = Object.fromEntries(FIELDS.map(([key, label]) => [key, value(label)])) as Omit<ContractSource, 'notes'>
	const notes = markdown.split(/^\| SHA-256 \|.*$/m)[1]?.trim() ?? ''
	return { ...source, notes }
}

/**
 * Why a file cannot be Talk's contract, or null when it looks like one.
 */
export function contractProblem(document: unknown): string | null {
	const doc = document as { openapi?: unknown, info?: { title?: unknown }, paths?: unknown } | null
	if (typeof doc !== 'object' || doc === null) {
		return 'not a JSON object'
	}
	if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.')) {
		return 'not an OpenAPI 3 document'
	}
	if (doc.info?.title !== 'spreed') {
		return `info.title is ${JSON.stringify(doc.info?.title)}, not "spreed" (Talk's app id)`
	}
	if (typeof doc.paths !== 'object' || doc.paths === null || !Object.keys(doc.paths).some((path) => /\/apps\/spreed\/api\/[^/]+\/room$/.test(path))) {
		return 'has no conversation list operation (/apps/spreed/api/{apiVersion}/room)'
	}
	return null
}
