<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Compliance;

/**
 * A value a criterion needs could not be read; `source` names it like Evidence::$source.
 */
class UnreadableException extends \RuntimeException {
	public function __construct(
		public readonly string $source,
		?\Throwable $previous = null,
	) {
		parent::__construct("Cannot read $source", 0, $previous);
	}
}
