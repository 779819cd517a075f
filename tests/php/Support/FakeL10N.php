<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use OCP\IL10N;

/**
 * IL10N that "translates" by marking the text, so tests can see every message went through t().
 */
class FakeL10N implements IL10N {
	public function t(string $text, $parameters = []): string {
		return '[t] ' . vsprintf($text, is_array($parameters) ? $parameters : [$parameters]);
	}
}
