<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Support;

use PHPUnit\Framework\TestCase;

/**
 * Base of the tests in tests/php/Reference: they need the real classes (SAFE_MEETING_REFERENCE set,
 * see tests/phpunit.sh). Run against the stubs they fail, never pass or skip.
 */
abstract class ReferenceTestCase extends TestCase {
	public static function setUpBeforeClass(): void {
		if (Reference::version() === null) {
			self::fail('Reference test run without the reference tree: SAFE_MEETING_REFERENCE=ocp-stable32 phpunit --testsuite unit,reference');
		}
	}
}
