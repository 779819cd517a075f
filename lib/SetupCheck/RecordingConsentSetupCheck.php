<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\SetupCheck;

/**
 * Recording only with every participant's consent (criterion 10).
 */
class RecordingConsentSetupCheck extends CriterionSetupCheck {
	protected function criterion(): int {
		return 10;
	}
}
