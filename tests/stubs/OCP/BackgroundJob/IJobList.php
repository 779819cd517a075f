<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\BackgroundJob\IJobList: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\BackgroundJob;

/**
 * The real interface adds, removes and lists jobs; the app adds and schedules jobs.
 */
interface IJobList {
	/**
	 * @param IJob|class-string<IJob> $job
	 * @param mixed $argument
	 */
	public function add($job, $argument = null): void;

	/**
	 * @param class-string<IJob> $job
	 */
	public function scheduleAfter(string $job, int $runAfter, $argument = null): void;
}
