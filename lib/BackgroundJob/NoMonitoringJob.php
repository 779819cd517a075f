<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\BackgroundJob;

use OCA\SafeMeeting\Service\NoMonitoringProfile;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\BackgroundJob\TimedJob;

/**
 * Hourly, while the "no monitoring" profile is on: sets read receipts and typing indicators private for
 * every user whose preference is not (users beyond the first batch when the profile was switched on,
 * and changes made where Nextcloud offers no hook: Talk's settings endpoint on Nextcloud 32, occ).
 */
class NoMonitoringJob extends TimedJob {
	public function __construct(
		ITimeFactory $time,
		private NoMonitoringProfile $profile,
	) {
		parent::__construct($time);
		$this->setInterval(3600);
		$this->setAllowParallelRuns(false);
	}

	protected function run($argument): void {
		if ($this->profile->isEnabled()) {
			$this->profile->applyToAll();
		}
	}
}
