<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\BackgroundJob;

use OCA\SafeMeeting\Service\PlanRestorer;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\BackgroundJob\TimedJob;

/**
 * Every 15 minutes: puts safe meetings back to their plan where a server-wide Talk setting changed since
 * registration weakened them and the room can be restored (PlanRestorer). Registered in appinfo/info.xml.
 */
class RestorePlansJob extends TimedJob {
	public const INTERVAL = 15 * 60;

	public function __construct(
		ITimeFactory $time,
		private PlanRestorer $restorer,
	) {
		parent::__construct($time);
		$this->setInterval(self::INTERVAL);
		$this->setTimeSensitivity(self::TIME_INSENSITIVE);
	}

	protected function run($argument): void {
		$this->restorer->restoreAll();
	}
}
