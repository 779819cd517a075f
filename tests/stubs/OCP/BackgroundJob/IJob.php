<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\BackgroundJob\IJob: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\BackgroundJob;

interface IJob {
	public const TIME_INSENSITIVE = 0;
	public const TIME_SENSITIVE = 1;

	public function start(IJobList $jobList): void;
}
