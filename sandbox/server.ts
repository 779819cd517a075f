/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * CLI: `tsx sandbox/server.ts` (PORT env, default 8421).
 */
import { startSandbox } from './app.ts'
import { APP_PAGE, DEFAULT_PORT } from './config.ts'
import { logInfo } from './log.ts'

const port = process.env.PORT === undefined ? DEFAULT_PORT : Number(process.env.PORT)
const sandbox = await startSandbox({ port })
logInfo(`Safe Meeting sandbox: ${sandbox.url}${APP_PAGE}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		// Closing the server ends the process by itself: nothing else keeps the event loop alive.
		void sandbox.close()
	})
}
