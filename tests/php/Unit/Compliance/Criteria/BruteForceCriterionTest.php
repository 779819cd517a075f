<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\Criteria\BruteForceCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;

class BruteForceCriterionTest extends CriterionTestCase {
	private function criterion(): BruteForceCriterion {
		return new BruteForceCriterion($this->reader(), $this->links(), $this->l);
	}

	public function testHoldsWithNextcloudsDefaultsAndThePasswordPolicyApp(): void {
		$this->enabledApps[] = 'password_policy';
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertSame('10', self::evidence($result)['password_policy.minLength']);
	}

	public function testFailsWhenBruteForceProtectionIsOff(): void {
		$this->enabledApps[] = 'password_policy';
		$this->system['auth.bruteforce.protection.enabled'] = false;
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('/index.php/settings/admin/security', $result->fix?->url);
	}

	public function testFailsWithoutThePasswordPolicyOrWithAShortMinimum(): void {
		$this->assertSame(Status::FAILS, $this->criterion()->evaluate()->status);
		$this->enabledApps[] = 'password_policy';
		$this->appConfig->setMixed('password_policy', 'minLength', '6');
		$this->assertSame(Status::FAILS, $this->criterion()->evaluate()->status);
	}

	public function testCannotBeReadWhenTheMinimumIsNoNumber(): void {
		$this->enabledApps[] = 'password_policy';
		$this->appConfig->setMixed('password_policy', 'minLength', 'ten');
		$this->expectExceptionObject(new UnreadableException('password_policy.minLength'));
		$this->criterion()->evaluate();
	}
}
