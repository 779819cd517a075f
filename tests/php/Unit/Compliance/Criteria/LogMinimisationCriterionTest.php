<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Safe Meeting contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\SafeMeeting\Tests\Unit\Compliance\Criteria;

use OCA\SafeMeeting\Compliance\ConfigReader;
use OCA\SafeMeeting\Compliance\Criteria\LogMinimisationCriterion;
use OCA\SafeMeeting\Compliance\Status;
use OCA\SafeMeeting\Compliance\UnreadableException;
use OCA\SafeMeeting\Tests\Unit\Compliance\CriterionTestCase;
use OCP\App\IAppManager;
use OCP\IConfig;

class LogMinimisationCriterionTest extends CriterionTestCase {
	private function criterion(): LogMinimisationCriterion {
		return new LogMinimisationCriterion($this->reader(), $this->links(), $this->l);
	}

	public function testHoldsWithNextcloudsDefaults(): void {
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::HOLDS, $result->status);
		$this->assertSame(['system.loglevel' => '2', 'system.log_rotate_size' => '104857600', 'system.activity_expire_days' => '365'], self::evidence($result));
	}

	public function testFailsAtDebugLevel(): void {
		$this->system['loglevel'] = 0;
		$result = $this->criterion()->evaluate();
		$this->assertSame(Status::FAILS, $result->status);
		$this->assertSame("'loglevel' => 2 (config/config.php)", $result->fix?->setting);
	}

	public function testFailsWithoutLogRotation(): void {
		$this->system['log_rotate_size'] = 0;
		$this->assertSame(Status::FAILS, $this->criterion()->evaluate()->status);
	}

	public function testCannotBeReadWhenConfigPhpCannotBeRead(): void {
		$config = $this->createMock(IConfig::class);
		$config->method('getSystemValue')->willThrowException(new \RuntimeException('config.php unreadable'));
		$reader = new ConfigReader($this->appConfig, $config, $this->createMock(IAppManager::class));
		$this->expectExceptionObject(new UnreadableException('system.loglevel'));
		(new LogMinimisationCriterion($reader, $this->links(), $this->l))->evaluate();
	}
}
