<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of Psr\EventDispatcher\StoppableEventInterface: signature checked against psr/event-dispatcher 1; not the real implementation.
 */

namespace Psr\EventDispatcher;

interface StoppableEventInterface {
	public function isPropagationStopped(): bool;
}
