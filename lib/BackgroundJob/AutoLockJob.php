<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\BackgroundJob;

use OCA\SafeMeeting\Service\AutoLockService;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\BackgroundJob\QueuedJob;

/**
 * Locks one safe meeting N minutes after its call started (plan `autoLock: minutes-after-start`).
 * Scheduled once per call start with IJobList::scheduleAfter; runs once.
 */
class AutoLockJob extends QueuedJob {
	public function __construct(
		ITimeFactory $time,
		private AutoLockService $autoLock,
	) {
		parent::__construct($time);
	}

	/**
	 * @param array{token?: mixed, callStartedAt?: mixed} $argument
	 */
	protected function run($argument): void {
		$token = $argument['token'] ?? null;
		$startedAt = $argument['callStartedAt'] ?? null;
		if (is_string($token) && is_int($startedAt)) {
			$this->autoLock->lockWhenDue($token, $startedAt);
		}
	}
}
