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
 * Removes the Safe Meeting bot from Talk when the app is uninstalled.
 */
class UnregisterBot implements IRepairStep {
	public function __construct(
		private BotRegistration $registration,
	) {
	}

	public function getName(): string {
		return 'Remove the Safe Meeting bot from Talk';
	}

	public function run(IOutput $output): void {
		$this->registration->unregister();
	}
}
