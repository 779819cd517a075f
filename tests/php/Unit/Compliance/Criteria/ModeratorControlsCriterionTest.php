<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\Criteria\ModeratorControlsCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class ModeratorControlsCriterionTest extends CriterionTestCase {
	private function criterion(): ModeratorControlsCriterion {
		return new ModeratorControlsCriterion($this->reader(), $this->links(), $this->l);
	}

	public function testHoldsWithTalksDefaultPermissions(): void {
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertSame('246', self::evidence($result)['spreed.default_permissions']);
		$this->assertSame('[t] everyone', self::evidence($result)['spreed.start_calls']);
	}

	public function testFailsWhenEverybodyMaySkipTheLobbyAndNamesTheValueWithoutThatBit(): void {
		$this->appConfig->setMixed('spreed', 'default_permissions', '255');
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('occ config:app:set spreed default_permissions --value=247', $result->fix?->setting);
	}

	public function testCannotBeReadWhenThePermissionsAreNoNumber(): void {
		$this->appConfig->setMixed('spreed', 'default_permissions', 'all');
		$this->expectExceptionObject(new UnreadableException('spreed.default_permissions'));
		$this->criterion()->evaluate();
	}
}
