<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\ConfigReader;
use OCA\SafeMeeting\Compliance\Criteria\BrowserJoinCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Policy\DefaultPolicy;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;
use OCP\App\IAppManager;
use OCP\IConfig;

class BrowserJoinCriterionTest extends CriterionTestCase {
	private function criterion(): BrowserJoinCriterion {
		return new BrowserJoinCriterion($this->reader(), $this->policyService(DefaultPolicy::get()), $this->links(), $this->l);
	}

	public function testHoldsWithTalkEnabled(): void {
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertSame('[t] enabled, version 22.0.11', self::evidence($result)['apps.spreed']);
		$this->assertSame('[t] guests with password', self::evidence($result)['policy.settings.guestAccess']);
	}

	public function testFailsWithoutTalk(): void {
		$this->enabledApps = [];
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame('occ app:enable spreed', $result->fix?->setting);
	}

	public function testCannotBeReadWhenTheAppListCannotBeRead(): void {
		$apps = $this->createMock(IAppManager::class);
		$apps->method('isEnabledForAnyone')->willThrowException(new \RuntimeException('database gone'));
		$reader = new ConfigReader($this->appConfig, $this->createMock(IConfig::class), $apps);
		$this->expectExceptionObject(new UnreadableException('apps.spreed'));
		(new BrowserJoinCriterion($reader, $this->policyService(DefaultPolicy::get()), $this->links(), $this->l))->evaluate();
	}
}
