<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\SetupCheck;

/**
 * Guest links need a password and no conversation is open without one (criterion 5).
 */
class AccessProtectionSetupCheck extends CriterionSetupCheck {
	protected function criterion(): int {
		return 5;
	}
}
