<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\AppFramework\Utility\ITimeFactory: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\AppFramework\Utility;

use Psr\Clock\ClockInterface;

interface ITimeFactory extends ClockInterface {
	public function getTime(): int;

	public function getDateTime(string $time = 'now', ?\DateTimeZone $timezone = null): \DateTime;
}
