<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Policy;

use OCA\SafeMeeting\Policy\PermissionRule;
use OCA\Talk\Model\Attendee;
use PHPUnit\Framework\TestCase;

class PermissionRuleTest extends TestCase {
	public function testTheLobbyBitIsTalks(): void {
		$this->assertSame(Attendee::PERMISSIONS_LOBBY_IGNORE, PermissionRule::LOBBY_IGNORE);
	}

	/**
	 * Every mask of Talk 22 (0–255) and Talk 24 (0–511, bit 256 "react"): exactly those with bit 8 skip
	 * the lobby. Checked over the whole range rather than samples.
	 */
	public function testExactlyTheMasksWithBit8SkipTheLobbyUpTo511(): void {
		$skipping = array_values(array_filter(range(0, PermissionRule::MAX_MASK), PermissionRule::skipsLobby(...)));

		$this->assertCount(256, $skipping, 'half of 512 masks carry bit 8');
		foreach ($skipping as $mask) {
			$this->assertSame(8, $mask & 8);
		}
		$this->assertContains(264, $skipping, '256 | 8');
		$this->assertNotContains(502, $skipping, 'Talk 24 default: 510 without 8');
		$this->assertContains(510, $skipping, 'Talk 24 max-default');
	}

	public function testZeroInheritsTheNextLevel(): void {
		$this->assertSame(254, PermissionRule::resolve(0, 254));
		$this->assertSame(247, PermissionRule::resolve(247, 254));
	}
}
