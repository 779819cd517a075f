/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Nextcloud's avatar route (`/index.php/avatar/{user}/{size}[/dark]`), which the user picker shows:
 * a coloured initial, like Nextcloud's generated avatars.
 */
import type { ServerResponse } from 'node:http'

import { sendText } from './http.ts'

export const AVATAR_PATH = /^\/index\.php\/avatar\/([^/]+)\/(\d+)(\/dark)?$/

export function serveAvatar(res: ServerResponse, user: string, size: number): void {
	const hue = [...user].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 360
	const initial = (user[0] ?? '?').toUpperCase().replace(/[<&>]/g, '')
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">`
		+ `<rect width="100" height="100" fill="hsl(${hue} 45% 45%)"/>`
		+ `<text x="50" y="66" font-size="50" text-anchor="middle" fill="#fff" font-family="sans-serif">${initial}</text></svg>`
	sendText(res, 200, 'image/svg+xml', svg)
}
