<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\SetupCheck;

/**
 * Privacy information before joining (criterion 16).
 */
class InformationDutySetupCheck extends CriterionSetupCheck {
	protected function criterion(): int {
		return 16;
	}
}
