/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * What goes into a release: what a Nextcloud server needs to run the app, laid out like app-store
 * releases, and nothing from development.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export const APP_ID = 'safe_meeting'

/** Top-level folders and files of a release. */
export const RELEASE_ENTRIES: readonly string[] = ['appinfo', 'lib', 'templates', 'js', 'css', 'img', 'l10n', 'openapi.json', 'COPYING', 'README.md', 'CHANGELOG.md']

/**
 * Inside those, dotfiles and source maps stay out: maps are a development tool and would publish
 * the sources they map to.
 */
export function isReleased(path: string): boolean {
	const parts = path.split('/')
	return RELEASE_ENTRIES.includes(parts[0]!) && !parts.some((part) => part.startsWith('.')) && !path.endsWith('.map')
}

function walk(root: string, dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name)
		return entry.isDirectory() ? walk(root, path) : [relative(root, path).split('\\').join('/')]
	})
}

/** Every file of `root` that belongs in a release, sorted. */
export function releaseFiles(root: string): string[] {
	return RELEASE_ENTRIES.flatMap((entry) => {
		const path = join(root, entry)
		if (!existsSync(path)) {
			return []
		}
		return statSync(path).isDirectory() ? walk(root, path) : [entry]
	}).filter(isReleased).sort()
}

/** The `<version>` of appinfo/info.xml. */
export function appVersion(infoXml: string): string {
	const version = /<version>\s*([^<\s]+)\s*<\/version>/.exec(infoXml)
	if (version === null) {
		throw new Error('appinfo/info.xml has no <version>')
	}
	return version[1]!
}

export const tarballName = (version: string): string => `${APP_ID}-${version}.tar.gz`

export function readVersions(root: string): { app: string, npm: string } {
	return {
		app: appVersion(readFileSync(join(root, 'appinfo/info.xml'), 'utf8')),
		npm: (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version,
	}
}
