/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What an unpacked release must satisfy for an admin to install it: one `safe_meeting/` folder,
 * nothing from development, and every script, style, template, class and icon the app refers to
 * present. Deliberately independent of scripts/releaseContents.ts, which it checks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export interface CheckResult { name: string, problems: string[] }

const APP = 'safe_meeting'
const NAMESPACE = 'OCA\\SafeMeeting\\'

/** A server needs these (app-store layout). */
const REQUIRED = ['appinfo/info.xml', 'lib', 'templates', 'js', 'css', 'img', 'l10n', 'openapi.json', 'COPYING', 'README.md', 'CHANGELOG.md']
/** Never in a release: development folders, tool configuration, sources, maps, logs, dotfiles. */
const DEV_FOLDERS = new Set(['src', 'tests', 'sandbox', 'scripts', 'contracts', 'node_modules', 'test-results', 'playwright-report', 'build', 'coverage'])
const DEV_FILES = new Set(['package.json', 'package-lock.json', 'composer.json', 'composer.lock', 'tsconfig.json', 'phpunit.xml', 'eslint.config.js', 'vite.config.ts', 'vitest.config.ts', 'playwright.config.ts', 'vitest-report.json', 'playwright-report.json', 'phpunit-report.xml'])
const DEV_EXTENSIONS = ['.ts', '.vue', '.map', '.log', '.scss']

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
}

/** Every file of the app folder with its path relative to it. */
function filesOf(app: string): string[] {
	return walk(app).map((file) => relative(app, file).split('\\').join('/')).sort()
}

const read = (app: string, path: string) => readFileSync(join(app, path), 'utf8')
const allMatches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!)

export function developmentFiles(files: string[]): string[] {
	return files.filter((file) => {
		const parts = file.split('/')
		return parts.some((part) => part.startsWith('.') || DEV_FOLDERS.has(part)) || DEV_FILES.has(parts.at(-1)!) || DEV_EXTENSIONS.some((ext) => file.endsWith(ext))
	})
}

/**
 * Entries the PHP adds to pages: `Util::addScript(…, 'name')`, `Util::addStyle(…, 'name')`, and
 * lib/Service/PageAssets.php's `->load('name')` (both) and `->loadScriptOnly('name')` → js/name.mjs|.js,
 * css/name.css.
 */
export function missingScriptsAndStyles(app: string, files: string[]): string[] {
	const php = files.filter((file) => file.endsWith('.php')).map((file) => read(app, file)).join('\n')
	// An entry name is written as 'name' or as Application::APP_ID . '-suffix'.
	const name = String.raw`(?:'([^']+)'|Application::APP_ID\s*\.\s*'([^']+)')`
	const names = (call: string) => [...php.matchAll(new RegExp(`${call}\\(\\s*(?:[^,()]+,\\s*)?${name}\\s*\\)`, 'g'))].map((m) => m[1] ?? APP + m[2]!)
	const both = names('->load')
	const scripts = [...names('Util::addScript'), ...names('->loadScriptOnly'), ...both]
	const styles = [...names('Util::addStyle'), ...both]
	if (scripts.length === 0) {
		// Nothing found means the check could not see how pages load their scripts: not a pass.
		return ['found no script the PHP adds to a page']
	}
	return [
		...scripts.filter((entry) => !files.includes(`js/${entry}.mjs`) && !files.includes(`js/${entry}.js`)).map((entry) => `script ${entry}`),
		...styles.filter((entry) => !files.includes(`css/${entry}.css`)).map((entry) => `style ${entry}`),
	]
}

/** `@import './x.css'` of the built styles, as css/x.css. */
const cssImports = (css: string) => allMatches(css, /@import\s+(?:url\()?["']\.\/([\w.-]+\.css)["']/g).map((name) => `css/${name}`)

/** Chunks and chunk styles the built scripts load (`"./x.chunk.mjs"`, `"css/x.css"`) and the styles import. */
export function missingChunks(app: string, files: string[]): string[] {
	const missing = new Set<string>()
	for (const file of files.filter((f) => /^js\/[^/]+\.m?js$/.test(f))) {
		const code = read(app, file)
		for (const chunk of allMatches(code, /["'`]\.\/([\w.-]+\.m?js)["'`]/g).filter((name) => !files.includes(`js/${name}`))) {
			missing.add(`${file} → js/${chunk}`)
		}
		for (const style of allMatches(code, /["'`](css\/[\w.-]+\.css)["'`]/g).filter((path) => !files.includes(path))) {
			missing.add(`${file} → ${style}`)
		}
	}
	for (const file of files.filter((f) => /^css\/[^/]+\.css$/.test(f))) {
		for (const style of cssImports(read(app, file)).filter((path) => !files.includes(path))) {
			missing.add(`${file} → ${style}`)
		}
	}
	return [...missing]
}

/**
 * Built files nothing loads: chunks and chunk styles no script names, left behind by an older build.
 * Entries (`safe_meeting-*`) are loaded by the PHP.
 */
export function leftoverBuildFiles(app: string, files: string[]): string[] {
	const code = files.filter((f) => /^js\/[^/]+\.m?js$/.test(f)).map((f) => read(app, f)).join('\n')
	const imported = new Set(files.filter((f) => /^css\/[^/]+\.css$/.test(f)).flatMap((f) => cssImports(read(app, f))))
	return files.filter((file) => /^(js\/[^/]+\.m?js|css\/[^/]+\.css)$/.test(file))
		.filter((file) => !file.split('/')[1]!.startsWith(`${APP}-`) && !imported.has(file))
		.filter((file) => !code.includes(file.startsWith('js/') ? `./${file.slice(3)}` : file))
}

const classFile = (name: string) => `lib/${name.slice(NAMESPACE.length).split('\\').join('/')}.php`

/** `OCA\SafeMeeting\…` classes named in info.xml and in PHP `use` statements → lib/…php. */
export function missingClasses(app: string, files: string[]): string[] {
	const named = [
		...allMatches(read(app, 'appinfo/info.xml'), /(OCA\\SafeMeeting\\[\w\\]+)/g),
		...files.filter((file) => file.endsWith('.php')).flatMap((file) => allMatches(read(app, file), /^use\s+(OCA\\SafeMeeting\\[\w\\]+)(?:\s+as\s+\w+)?;/gm)),
	]
	return [...new Set(named)].filter((name) => !files.includes(classFile(name))).sort()
}

/** `new TemplateResponse(Application::APP_ID, 'name'…)` → templates/name.php; the navigation icon → img/. */
export function missingTemplatesAndIcons(app: string, files: string[]): string[] {
	const php = files.filter((file) => file.startsWith('lib/')).map((file) => read(app, file)).join('\n')
	const templates = allMatches(php, /new TemplateResponse\(\s*[^,]+,\s*'([^']+)'/g).filter((name) => !files.includes(`templates/${name}.php`)).map((name) => `template ${name}`)
	const icons = allMatches(read(app, 'appinfo/info.xml'), /<icon>([^<]+)<\/icon>/g).filter((icon) => !files.includes(`img/${icon}`)).map((icon) => `icon ${icon}`)
	return [...templates, ...icons]
}

export function checkRelease(unpacked: string, expectedVersion: string): CheckResult[] {
	const top = readdirSync(unpacked)
	const app = join(unpacked, APP)
	if (top.length !== 1 || top[0] !== APP || !statSync(app).isDirectory()) {
		return [{ name: `one ${APP}/ folder`, problems: [`found ${top.join(', ') || 'nothing'}`] }]
	}
	const files = filesOf(app)
	const version = /<version>([^<]+)<\/version>/.exec(existsSync(join(app, 'appinfo/info.xml')) ? read(app, 'appinfo/info.xml') : '')?.[1]
	const licence = existsSync(join(app, 'COPYING')) ? read(app, 'COPYING') : ''
	const results: CheckResult[] = [
		{ name: `one ${APP}/ folder`, problems: [] },
		{ name: 'everything a server needs', problems: REQUIRED.filter((path) => !existsSync(join(app, path))).map((path) => `missing ${path}`) },
		{ name: 'nothing from development', problems: developmentFiles(files) },
		{ name: 'version of info.xml matches the archive', problems: version === expectedVersion ? [] : [`info.xml says ${version}, the archive ${expectedVersion}`] },
		{ name: 'AGPL-3.0 licence text', problems: licence.includes('GNU AFFERO GENERAL PUBLIC LICENSE') && licence.includes('Version 3') ? [] : ['COPYING is not the AGPL-3.0 text'] },
		{ name: 'translations for JS and PHP', problems: files.filter((f) => /^l10n\/\w+\.json$/.test(f) && !files.includes(f.replace(/\.json$/, '.js'))).map((f) => `no .js for ${f}`) },
	]
	if (results[1]!.problems.some((p) => p.includes('info.xml'))) {
		return results
	}
	return [
		...results,
		{ name: 'scripts and styles the PHP adds', problems: missingScriptsAndStyles(app, files) },
		{ name: 'chunks the scripts and styles load', problems: missingChunks(app, files) },
		{ name: 'no leftovers of older builds', problems: leftoverBuildFiles(app, files) },
		{ name: 'classes info.xml and PHP name', problems: missingClasses(app, files) },
		{ name: 'templates and icons', problems: missingTemplatesAndIcons(app, files) },
	]
}
