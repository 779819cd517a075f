<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\BackgroundJob\Job: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\BackgroundJob;

use OCP\AppFramework\Utility\ITimeFactory;

/**
 * start() runs the job at once; the real one also records the run and logs its duration.
 */
abstract class Job implements IJob {
	protected $argument;
	protected int $lastRun = 0;
	protected bool $allowParallelRuns = true;

	public function __construct(
		protected ITimeFactory $time,
	) {
	}

	public function start(IJobList $jobList): void {
		$this->run($this->argument);
	}

	public function setAllowParallelRuns(bool $allow): void {
		$this->allowParallelRuns = $allow;
	}

	public function getAllowParallelRuns(): bool {
		return $this->allowParallelRuns;
	}

	abstract protected function run($argument);
}
