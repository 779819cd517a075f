<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Exception;

/**
 * A compliance fix could not write its key; the key is unchanged.
 */
class FixNotAppliedException extends \RuntimeException {
	public function __construct(
		public readonly string $setting,
		?\Throwable $previous = null,
	) {
		parent::__construct("Could not write $setting", 0, $previous);
	}
}
