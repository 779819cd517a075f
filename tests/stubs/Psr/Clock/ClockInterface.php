<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of Psr\Clock\ClockInterface: signature checked against psr/clock 1; not the real implementation.
 */

namespace Psr\Clock;

interface ClockInterface {
	public function now(): \DateTimeImmutable;
}
