/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * The sandbox's console output: a dev server is meant to print (violations loudly on stderr).
 */
/* eslint-disable no-console */
export const logInfo = (message: string): void => console.log(message)
export const logError = (message: string, error?: unknown): void => (error === undefined ? console.error(message) : console.error(message, error))
