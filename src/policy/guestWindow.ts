/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import type { SettingValues } from './settings.ts'

/** Built-in default of `guestWindowMinutes`, for plans registered before the setting existed. */
export const DEFAULT_GUEST_WINDOW_MINUTES = 30

/**
 * When the meeting's door opens, Unix seconds: `guestWindowMinutes` before the start (lib/Policy/JoinRule.php
 * guestWindow). Guests may join from then, and a moderator may open the lobby from then.
 */
export function doorOpensAt(plan: { start: number, settings: Partial<Pick<SettingValues, 'guestWindowMinutes'>> }): number {
	return plan.start - Math.max(0, plan.settings.guestWindowMinutes ?? DEFAULT_GUEST_WINDOW_MINUTES) * 60
}
