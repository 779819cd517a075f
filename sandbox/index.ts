/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Public entry for tests and Playwright: `import { startSandbox } from '../../sandbox/index.ts'`.
 */
export type { Sandbox, SandboxOptions } from './app.ts'
export { startSandbox } from './app.ts'
