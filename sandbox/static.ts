/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Serves the built app files (js/, css/, l10n/, img/ of the repository) under /apps/safe_meeting/.
 */
import type { ServerResponse } from 'node:http'

import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { APP_ID, REPO_ROOT } from './config.ts'
import { sendText } from './http.ts'

const TYPES: Record<string, string> = {
	'.mjs': 'text/javascript; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.license': 'text/plain; charset=utf-8',
}

const FOLDERS = ['js', 'css', 'l10n', 'img']
const PREFIX = `/apps/${APP_ID}/`

export function isStaticPath(path: string): boolean {
	return path.startsWith(PREFIX) && FOLDERS.includes(path.slice(PREFIX.length).split('/')[0]!)
}

export async function serveStatic(path: string, res: ServerResponse): Promise<void> {
	const relative = decodeURIComponent(path.slice(PREFIX.length))
	const file = resolve(REPO_ROOT, relative)
	// Only inside the four folders: no ../ escapes.
	if (!FOLDERS.some((folder) => file.startsWith(resolve(REPO_ROOT, folder) + sep))) {
		return sendText(res, 404, 'text/plain', 'Not found')
	}
	try {
		const content = await readFile(file)
		sendText(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', content)
	} catch {
		sendText(res, 404, 'text/plain', `Not found: ${path} (run the build first?)`)
	}
}
