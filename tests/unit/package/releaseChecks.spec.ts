/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The release checker (tests/package/releaseChecks.ts) on a release-shaped tree made from the
 * repository's own PHP, templates and appinfo: it passes, and each way a release can be broken
 * fails the check that should catch it. Also what scripts/releaseContents.ts lets in.
 */
// @vitest-environment node
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../../sandbox/config.ts'
import { appVersion, isReleased, RELEASE_ENTRIES } from '../../../scripts/releaseContents.ts'
import { checkRelease } from '../../package/releaseChecks.ts'

let unpacked: string
let app: string

function put(path: string, content: string): void {
	mkdirSync(dirname(join(app, path)), { recursive: true })
	writeFileSync(join(app, path), content)
}

const version = appVersion(readFileSync(join(REPO_ROOT, 'appinfo/info.xml'), 'utf8'))
const failing = () => Object.fromEntries(checkRelease(unpacked, version).filter((result) => result.problems.length > 0).map((result) => [result.name, result.problems]))

describe('the release checker', () => {
	beforeEach(() => {
		unpacked = mkdtempSync(join(tmpdir(), 'release-check-'))
		app = join(unpacked, 'safe_meeting')
		for (const entry of ['appinfo', 'lib', 'templates', 'img', 'l10n', 'openapi.json', 'COPYING', 'README.md', 'CHANGELOG.md']) {
			cpSync(join(REPO_ROOT, entry), join(app, entry), { recursive: true })
		}
		// A built frontend in miniature: two entries, a chunk and its style.
		put('js/safe_meeting-main.mjs', 'const w=()=>import("./Wizard-x1.chunk.mjs");const c=["css/Wizard-x1.chunk.css"];')
		put('js/Wizard-x1.chunk.mjs', 'export const a=1')
		put('js/safe_meeting-adminSettings.mjs', 'export {}')
		// The public privacy notice page and the printable Art. 30 record.
		for (const entry of ['notice', 'record']) {
			put(`js/safe_meeting-${entry}.mjs`, 'export {}')
			put(`css/safe_meeting-${entry}.css`, '')
		}
		// Our script on Talk's page: loaded without a style of its own.
		put('js/safe_meeting-talk.mjs', 'export {}')
		put('css/safe_meeting-main.css', "@import './main-x2.chunk.css';")
		put('css/main-x2.chunk.css', '')
		put('css/safe_meeting-adminSettings.css', '')
		put('css/Wizard-x1.chunk.css', '')
	})
	afterEach(() => rmSync(unpacked, { recursive: true, force: true }))

	it('passes a complete release', () => {
		expect(failing()).toEqual({})
		expect(checkRelease(unpacked, version).map((result) => result.name)).toHaveLength(11)
	})

	it('finds the classes info.xml names', () => {
		rmSync(join(app, 'lib/Settings/Admin.php'))
		expect(failing()['classes info.xml and PHP name']).toContain('OCA\\SafeMeeting\\Settings\\Admin')
	})

	it('does not pass when it cannot tell which scripts the PHP adds', () => {
		rmSync(join(app, 'lib/Service/PageAssets.php'))
		for (const file of ['lib/Controller/PageController.php', 'lib/Controller/NoticePageController.php', 'lib/Controller/RecordPageController.php', 'lib/Settings/Admin.php', 'lib/Listener/TalkScriptListener.php']) {
			writeFileSync(join(app, file), '<?php\n')
		}
		expect(failing()['scripts and styles the PHP adds']).toEqual(['found no script the PHP adds to a page'])
	})

	it('finds the classes PHP imports', () => {
		rmSync(join(app, 'lib/Service/MeetingService.php'))
		expect(failing()['classes info.xml and PHP name']).toContain('OCA\\SafeMeeting\\Service\\MeetingService')
	})

	it('finds the scripts and styles the PHP adds', () => {
		rmSync(join(app, 'css/safe_meeting-main.css'))
		rmSync(join(app, 'js/safe_meeting-adminSettings.mjs'))
		rmSync(join(app, 'js/safe_meeting-talk.mjs'))
		expect(failing()['scripts and styles the PHP adds']).toEqual(['script safe_meeting-talk', 'script safe_meeting-adminSettings', 'style safe_meeting-main'])
	})

	it('finds the chunks and chunk styles a script loads or a style imports', () => {
		rmSync(join(app, 'js/Wizard-x1.chunk.mjs'))
		rmSync(join(app, 'css/Wizard-x1.chunk.css'))
		rmSync(join(app, 'css/main-x2.chunk.css'))
		expect(failing()['chunks the scripts and styles load']).toEqual(['js/safe_meeting-main.mjs → js/Wizard-x1.chunk.mjs', 'js/safe_meeting-main.mjs → css/Wizard-x1.chunk.css', 'css/safe_meeting-main.css → css/main-x2.chunk.css'])
	})

	it('finds chunks and styles an older build left behind', () => {
		put('js/Old-a1.chunk.mjs', 'export {}')
		put('css/Old-a1.chunk.css', '')
		expect(failing()['no leftovers of older builds']).toEqual(['css/Old-a1.chunk.css', 'js/Old-a1.chunk.mjs'])
	})

	it('finds templates and the navigation icon', () => {
		rmSync(join(app, 'templates/main.php'))
		rmSync(join(app, 'img/app.svg'))
		expect(failing()['templates and icons']).toEqual(['template main', 'icon app.svg'])
	})

	it('finds everything from development', () => {
		for (const path of ['src/main.ts', 'tests/unit/a.spec.ts', 'sandbox/app.ts', 'node_modules/x/index.js', '.env', 'js/.cache', 'js/safe_meeting-main.mjs.map', 'package.json', 'vite.config.ts', 'lib/Foo.vue']) {
			put(path, 'x')
		}
		expect(failing()['nothing from development']).toEqual(['.env', 'js/.cache', 'js/safe_meeting-main.mjs.map', 'lib/Foo.vue', 'node_modules/x/index.js', 'package.json', 'sandbox/app.ts', 'src/main.ts', 'tests/unit/a.spec.ts', 'vite.config.ts'])
	})

	it('finds a missing licence, changelog, translation script and a wrong version', () => {
		writeFileSync(join(app, 'COPYING'), 'MIT License')
		rmSync(join(app, 'CHANGELOG.md'))
		rmSync(join(app, 'l10n/de.js'))
		const found = Object.keys(failing())
		expect(found).toEqual(['everything a server needs', 'AGPL-3.0 licence text', 'translations for JS and PHP'])
		expect(checkRelease(unpacked, '9.9.9').find((result) => result.name.startsWith('version'))!.problems).toEqual([`info.xml says ${version}, the archive 9.9.9`])
	})

	it('wants exactly one safe_meeting/ folder', () => {
		mkdirSync(join(unpacked, 'other'))
		expect(failing()).toEqual({ 'one safe_meeting/ folder': ['found other, safe_meeting'] })
	})
})

describe('what a release contains', () => {
	it.each(['appinfo/info.xml', 'lib/AppInfo/Application.php', 'js/safe_meeting-main.mjs', 'js/safe_meeting-main.mjs.license', 'css/safe_meeting-main.css', 'l10n/de.json', 'img/app.svg', 'openapi.json', 'COPYING'])('ships %s', (path) => {
		expect(isReleased(path)).toBe(true)
	})

	it.each(['src/main.ts', 'tests/e2e/x.spec.ts', 'sandbox/app.ts', 'contracts/talk/openapi.json', 'node_modules/a/b.js', 'js/safe_meeting-main.mjs.map', 'css/.gitkeep', '.gitignore', 'package.json', 'composer.json'])('leaves %s out', (path) => {
		expect(isReleased(path)).toBe(false)
	})

	it('lists the app-store layout', () => {
		expect([...RELEASE_ENTRIES].sort()).toEqual(['CHANGELOG.md', 'COPYING', 'README.md', 'appinfo', 'css', 'img', 'js', 'l10n', 'lib', 'openapi.json', 'templates'])
	})
})
