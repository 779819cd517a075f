/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Paths and fixed values of the sandbox, in one place so tests and the CLI agree.
 */
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const APP_ID = 'safe_meeting'
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Talk's contract, kept in the repository with its source note (contracts/talk/SOURCE.md); env TALK_OPENAPI overrides it. */
export const TALK_OPENAPI_PATH = process.env.TALK_OPENAPI ?? resolve(REPO_ROOT, 'contracts/talk/openapi.json')
/** Our own contract is kept at the app root, as Nextcloud apps do. */
export const OWN_OPENAPI_PATH = resolve(REPO_ROOT, 'openapi.json')

export const DEFAULT_PORT = 8421
export const HOST = '127.0.0.1'

export const TALK_BASE = '/ocs/v2.php/apps/spreed/api/v4'
export const OWN_BASE = `/ocs/v2.php/apps/${APP_ID}/api/v1`
export const APP_PAGE = `/index.php/apps/${APP_ID}/`
export const ADMIN_PAGE = `/index.php/settings/admin/${APP_ID}`

/** The password_policy app's minimum length in the sandbox (account and sharing context alike). */
export const PASSWORD_MIN_LENGTH = 12
