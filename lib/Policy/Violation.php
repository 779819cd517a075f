<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Policy;

/**
 * A reason something was refused. `code` is stable and shared with src/policy/types.ts; `params` fill the message.
 */
final class Violation {
	/**
	 * @param array<string, string|int> $params
	 */
	public function __construct(
		public readonly string $field,
		public readonly string $code,
		public readonly array $params = [],
	) {
	}
}
