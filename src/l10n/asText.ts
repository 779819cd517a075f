/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Options for t() when the result is shown as text by Vue (which escapes it itself): without them,
 * `@nextcloud/l10n` HTML-escapes placeholders and sanitises the result, and a title "R&D" would
 * read "R&amp;D".
 */
export const AS_TEXT = { escape: false, sanitize: false } as const
