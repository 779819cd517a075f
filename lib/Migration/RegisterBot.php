<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Migration;

use OCA\SafeMeeting\Service\BotRegistration;
use OCP\Migration\IOutput;
use OCP\Migration\IRepairStep;

/**
 * Installs (or updates) the Safe Meeting bot in Talk when the app is installed or upgraded.
 */
class RegisterBot implements IRepairStep {
	public function __construct(
		private BotRegistration $registration,
	) {
	}

	public function getName(): string {
		return 'Register the Safe Meeting bot in Talk';
	}

	public function run(IOutput $output): void {
		if (!$this->registration->register()) {
			$output->info('Talk is not enabled; the Safe Meeting bot is registered once it is (open the Safe Meeting app).');
		}
	}
}
