/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Talk's contract lives in the repository with a note of its source; `npm run contract:update`
 * replaces both. The note's checksum shows that the file is the copy it describes.
 */
// @vitest-environment node
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { REPO_ROOT, TALK_OPENAPI_PATH } from '../../../sandbox/config.ts'
import { contractProblem, parseSource, renderSource, sha256 } from '../../../scripts/contractSource.ts'
import { CONTRACT_DIR, updateContract } from '../../../scripts/contractUpdateFiles.ts'

const sourceNote = () => readFileSync(resolve(REPO_ROOT, CONTRACT_DIR, 'SOURCE.md'), 'utf8')

describe('the Talk contract in the repository', () => {
	it('is the file the sandbox and the tests read, inside the repository', () => {
		expect(TALK_OPENAPI_PATH).toBe(resolve(REPO_ROOT, CONTRACT_DIR, 'openapi.json'))
	})

	it('matches the checksum its source note recorded (no hand edits)', () => {
		expect(sha256(readFileSync(TALK_OPENAPI_PATH))).toBe(parseSource(sourceNote()).sha256)
	})

	it('names its version, origin, commit and licence', () => {
		const source = parseSource(sourceNote())
		expect(source.talkVersion).toMatch(/^\d+\.\d+\.\d+$/)
		expect(source.repository).toMatch(/^[\w.-]+\/[\w.-]+$/)
		expect(source.commit).toMatch(/^([0-9a-f]{40}|unknown)$/)
		expect(source.licence).toMatch(/^AGPL-3\.0-or-later/)
		expect(contractProblem(JSON.parse(readFileSync(TALK_OPENAPI_PATH, 'utf8')))).toBeNull()
	})

	it('renders its note in the format the update script writes', () => {
		expect(renderSource(parseSource(sourceNote()))).toBe(sourceNote())
	})
})

describe('npm run contract:update', () => {
	let root: string
	const origin = { talkVersion: '23.0.8', repository: 'nextcloud/spreed', commit: 'a'.repeat(40), path: 'openapi.json' }

	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'contract-'))
		mkdirSync(join(root, CONTRACT_DIR), { recursive: true })
		writeFileSync(join(root, CONTRACT_DIR, 'openapi.json'), 'old')
		writeFileSync(join(root, CONTRACT_DIR, 'SOURCE.md'), 'old note')
	})
	afterEach(() => rmSync(root, { recursive: true, force: true }))

	it('copies a newer contract byte for byte and rewrites the note', () => {
		const newer = join(root, 'newer.json')
		copyFileSync(TALK_OPENAPI_PATH, newer)
		const source = updateContract(root, newer, origin, '2027-01-02')
		expect(readFileSync(join(root, CONTRACT_DIR, 'openapi.json')).equals(readFileSync(TALK_OPENAPI_PATH))).toBe(true)
		const note = parseSource(readFileSync(join(root, CONTRACT_DIR, 'SOURCE.md'), 'utf8'))
		expect(note).toEqual(source)
		expect(note).toMatchObject({ ...origin, copiedOn: '2027-01-02', sha256: sha256(readFileSync(TALK_OPENAPI_PATH)) })
	})

	it.each([
		['not JSON', '{'],
		['another app\'s contract', JSON.stringify({ openapi: '3.0.3', info: { title: 'safe_meeting' }, paths: {} })],
		['Swagger 2', JSON.stringify({ swagger: '2.0', info: { title: 'spreed' }, paths: {} })],
		['no conversation operations', JSON.stringify({ openapi: '3.0.3', info: { title: 'spreed' }, paths: { '/ocs/v2.php/apps/spreed/api/{apiVersion}/chat/{token}': {} } })],
	])('refuses %s and changes nothing', (_name, content) => {
		const bad = join(root, 'bad.json')
		writeFileSync(bad, content)
		expect(() => updateContract(root, bad, origin, '2027-01-02')).toThrow(/not (JSON|Talk's contract)/)
		expect(readFileSync(join(root, CONTRACT_DIR, 'openapi.json'), 'utf8')).toBe('old')
		expect(readFileSync(join(root, CONTRACT_DIR, 'SOURCE.md'), 'utf8')).toBe('old note')
	})

	it('refuses a version that is not one', () => {
		const newer = join(root, 'newer.json')
		copyFileSync(TALK_OPENAPI_PATH, newer)
		expect(() => updateContract(root, newer, { ...origin, talkVersion: 'latest' }, '2027-01-02')).toThrow(/not a Talk version/)
		expect(existsSync(join(root, CONTRACT_DIR, 'openapi.json')) && readFileSync(join(root, CONTRACT_DIR, 'openapi.json'), 'utf8')).toBe('old')
	})
})
