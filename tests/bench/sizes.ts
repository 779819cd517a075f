/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Gzip sizes of built files, the way a web server with `gzip -9` would send them.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Bytes after gzip level 9. */
export function gzipSize(file: string): number {
	return gzipSync(readFileSync(file), { level: 9 }).length
}

export function totalGzip(files: Iterable<string>): number {
	let sum = 0
	for (const file of files) {
		sum += gzipSize(file)
	}
	return sum
}

/**
 * An entry and every file it loads before it runs: static JS imports and CSS `@import`s, transitively.
 * Used for a page without lazy parts, where this is exactly what the browser fetches.
 */
export function staticGraph(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file) || !existsSync(file)) {
		return seen
	}
	seen.add(file)
	const code = readFileSync(file, 'utf8')
	const pattern = file.endsWith('.css') ? /@import\s+['"]\.\/([^'"]+)['"]/g : /(?:from|import)\s*["']\.\/([^"']+)["']/g
	for (const match of code.matchAll(pattern)) {
		staticGraph(join(dirname(file), match[1]!), seen)
	}
	return seen
}

/** 1 kB = 1000 B, as the figures in the issue and in browsers' network panels. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`
