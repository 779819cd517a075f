<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 *
 * Minimal test stub of OCP\DB\Exception: signature checked against nextcloud/ocp stable32; not the real implementation.
 */

namespace OCP\DB;

class Exception extends \Exception {
	public const REASON_UNIQUE_CONSTRAINT_VIOLATION = 14;

	public function __construct(string $message = '', private ?int $reason = null, ?\Throwable $previous = null) {
		parent::__construct($message, 0, $previous);
	}

	public function getReason(): ?int {
		return $this->reason;
	}
}
