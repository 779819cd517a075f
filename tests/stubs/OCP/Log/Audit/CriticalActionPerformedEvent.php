<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\Log\Audit\CriticalActionPerformedEvent: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\Log\Audit;

use OCP\EventDispatcher\Event;

class CriticalActionPerformedEvent extends Event {
	public function __construct(
		private string $logMessage,
		private array $parameters = [],
		private bool $obfuscateParameters = false,
	) {
		parent::__construct();
	}

	public function getLogMessage(): string {
		return $this->logMessage;
	}

	public function getParameters(): array {
		return $this->parameters;
	}

	public function getObfuscateParameters(): bool {
		return $this->obfuscateParameters;
	}
}
