/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Browser tests in Debian's Chromium (never a downloaded browser) against the sandbox.
 */
import { defineConfig, devices } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 8431)
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export default defineConfig({
	testDir: 'tests/e2e',
	workers: 1,
	fullyParallel: false,
	retries: 0,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: 'playwright-report.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		headless: true,
		launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
		trace: 'off',
	},
	projects: [{ name: 'debian-chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		// The built app must exist: CI builds before; locally `npm run build` first (npm start does both).
		command: 'npx tsx sandbox/server.ts',
		env: { PORT: String(PORT) },
		url: `http://127.0.0.1:${PORT}/status.php`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000,
	},
})
