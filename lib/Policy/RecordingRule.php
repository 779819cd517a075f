<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * Whether a registered plan lets Talk start a recording (design.md §6, "recording started"). Pure.
 */
final class RecordingRule {
	/** The one plan value that allows recording; Talk's recording consent then applies (ModificationGuard keeps it on). */
	public const ALLOWS = 'with-consent';

	/**
	 * True for `blocked`, and also for a plan that names no known recording value: registered plans were
	 * validated, so that is a damaged plan, and a safe meeting is not recorded on a guess.
	 */
	public static function blocksRecording(array $plan): bool {
		return ($plan['settings']['recording'] ?? null) !== self::ALLOWS;
	}

	/** Whether the plan allows recording only with the participants' consent (so Talk must ask for it). */
	public static function requiresConsent(array $plan): bool {
		return ($plan['settings']['recording'] ?? null) === self::ALLOWS;
	}
}
