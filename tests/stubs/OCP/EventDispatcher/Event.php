<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\EventDispatcher\Event: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\EventDispatcher;

use Psr\EventDispatcher\StoppableEventInterface;

class Event implements StoppableEventInterface {
	private bool $propagationStopped = false;

	public function __construct() {
	}

	public function stopPropagation(): void {
		$this->propagationStopped = true;
	}

	public function isPropagationStopped(): bool {
		return $this->propagationStopped;
	}
}
