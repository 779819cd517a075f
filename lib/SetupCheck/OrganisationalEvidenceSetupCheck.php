<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\SetupCheck;

/**
 * Processor agreements, Art. 30 record, DPIA, works council agreement and TOMs attested and not overdue
 * for review (criterion 18).
 */
class OrganisationalEvidenceSetupCheck extends CriterionSetupCheck {
	protected function criterion(): int {
		return 18;
	}
}
